import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { replyCoach } from "../coach.ts";
import { signUp } from "../domain/accounts.ts";
import { memoryBus } from "../events/memory-bus.ts";
import { completePasswordReset } from "../domain/password-reset.ts";
import { argon2Hasher } from "../domain/passwords.ts";
import { startServer, type RunningServer } from "../server.ts";
import { openStore } from "../storage/open-store.ts";
import type { DomainDeps } from "../domain/deps.ts";
import type { Store } from "../storage/store.ts";
import { runResetPassword } from "./reset-password.ts";

const CODE = /[0-9a-z]{4}(?:-[0-9a-z]{4}){7}/;

async function run(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runResetPassword(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { exit, out: out.join("\n"), err: err.join("\n") };
}

const depsOf = (store: Store): DomainDeps => ({
  store,
  passwords: argon2Hasher,
  now: Date.now,
  events: memoryBus(),
  coach: replyCoach,
});

describe("npm run reset-password", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "attune-cli-"));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("asks the running server (which holds the SQLite database) and the code resets the password over HTTP", async () => {
    const server: RunningServer = await startServer({ port: 0, host: "127.0.0.1", dataDir, logLevel: "silent" });
    try {
      const email = `sam-${Date.now()}@example.test`;
      const signup = await fetch(`${server.url}/api/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-attune-csrf": "1" },
        body: JSON.stringify({ email, displayName: "Sam", password: "an old song on the radio" }),
      });
      expect(signup.status).toBe(201);

      const issued = await run([email.toUpperCase()], { DATA_DIR: dataDir, PUBLIC_ORIGIN: "https://attune.example" });
      expect(issued.exit).toBe(0);
      const code = CODE.exec(issued.out)?.[0];
      expect(issued.out).toContain(`https://attune.example/reset-password#code=${code}`);

      const complete = (newPassword: string) =>
        fetch(`${server.url}/api/auth/reset/complete`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-attune-csrf": "1" },
          body: JSON.stringify({ code, newPassword }),
        });
      expect((await complete("a new song on the radio")).status).toBe(200);
      expect((await complete("yet another song here")).status).toBe(400);
    } finally {
      await server.close();
    }
  });

  it("opens the database itself when no server runs", async () => {
    let store = await openStore({ dataDir });
    const email = `tia-${Date.now()}@example.test`;
    await signUp(depsOf(store), { email, displayName: "Tia", password: "a kettle on the stove" }, null);
    await store.close();

    const issued = await run([email], { DATA_DIR: dataDir });
    expect(issued.exit).toBe(0);
    expect(issued.out).toContain("/reset-password");
    const code = CODE.exec(issued.out)?.[0] ?? "";

    store = await openStore({ dataDir });
    try {
      const done = await completePasswordReset(depsOf(store), { code, newPassword: "a kettle singing softly" }, null);
      expect(done.user.email).toBe(email);
    } finally {
      await store.close();
    }
  });

  it("says so for an unknown account or a bad argument, and issues nothing", async () => {
    expect(await run(["nobody@example.test"], { DATA_DIR: dataDir })).toMatchObject({ exit: 1, err: "There is no account with that email." });
    expect(await run([], { DATA_DIR: dataDir })).toMatchObject({ exit: 2 });
    expect(await run(["not-an-email"], { DATA_DIR: dataDir })).toMatchObject({ exit: 2 });
  });
});
