import { randomUUID } from "node:crypto";
import type { Engine, Store } from "../storage/store.ts";
import { testDatabase } from "./engines.ts";

/** A person straight in the store (no password hashing): enough for storage contracts. */
export async function addPerson(store: Store, name: string, defaultVisibility: "private" | "shared" = "private"): Promise<string> {
  const id = randomUUID();
  await store.users.create({
    id,
    email: `${id}@example.test`,
    displayName: name,
    passwordHash: "h",
    createdAt: 1,
    passwordChangedAt: 1,
    defaultVisibility,
    country: null,
  });
  return id;
}

export interface CoupleStore {
  store: Store;
  /** Ari and Bex, linked as couple "c1" unless asked otherwise. */
  a: string;
  b: string;
  /** Closes the store and drops its database. */
  close(): Promise<void>;
}

/** A fresh, empty database on `engine` with two people in it, for one storage test. */
export async function openCoupleStore(engine: Engine, options: { linked?: boolean; defaultVisibility?: "private" | "shared" } = {}): Promise<CoupleStore> {
  const tdb = testDatabase(engine);
  const store = await tdb.open();
  const a = await addPerson(store, "Ari", options.defaultVisibility);
  const b = await addPerson(store, "Bex", options.defaultVisibility);
  if (options.linked !== false) await store.couples.create("c1", [a, b], 1);
  return {
    store,
    a,
    b,
    async close() {
      await store.close();
      await tdb.drop();
    },
  };
}
