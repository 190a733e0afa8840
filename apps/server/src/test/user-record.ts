import { randomUUID } from "node:crypto";
import type { UserRecord } from "../storage/store.ts";

/** A user row with a fresh id and email, for storage contracts that create users directly. */
export const userRecord = (over: Partial<UserRecord> = {}): UserRecord => ({
  id: randomUUID(),
  email: `${randomUUID()}@example.test`,
  displayName: "Sam",
  passwordHash: "hash",
  createdAt: 1_700_000_000_000,
  passwordChangedAt: 1_700_000_000_000,
  defaultVisibility: "private",
  country: null,
  role: "partner",
  practiceName: null,
  ...over,
});
