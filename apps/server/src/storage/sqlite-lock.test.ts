import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "../test/engines.ts";
import type { Store } from "./store.ts";

const sqliteModule = path.join(path.dirname(fileURLToPath(import.meta.url)), "sqlite.ts");

/** Opens the data directory from a separate Node process, as a second server would. */
function openFromAnotherProcess(dataDir: string) {
  const script = `import { openSqlite } from ${JSON.stringify(sqliteModule)};
    try { openSqlite(${JSON.stringify(dataDir)}); console.log("opened"); }
    catch (e) { console.error(e.message); process.exit(3); }`;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("SQLite data directory lock", () => {
  let tdb: TestDatabase;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    await tdb.drop();
  });

  it("makes a second process fail fast with a clear message, and frees the lock on close", async () => {
    tdb = testDatabase("sqlite");
    store = await tdb.open();
    const started = Date.now();
    const second = openFromAnotherProcess(tdb.dataDir);
    expect(second.status).toBe(3);
    expect(second.stderr).toContain("Another Attune process is already using the database");
    expect(second.stderr).toContain("DATA_DIR");
    expect(Date.now() - started).toBeLessThan(15_000);

    await store.close();
    store = undefined;
    const third = openFromAnotherProcess(tdb.dataDir);
    expect(third.stdout).toContain("opened");
  });
});
