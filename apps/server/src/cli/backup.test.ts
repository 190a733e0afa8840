import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startChildServer } from "../reliability/child-server.ts";
import { HttpPerson } from "../reliability/http-person.ts";
import { startServer } from "../server.ts";
import { openStore } from "../storage/open-store.ts";
import { restoreSqlite } from "../storage/sqlite-files.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "attune-backup-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("backup and restore of the embedded database", () => {
  it("restores a backup taken under write load with every write acknowledged before it began, and nothing broken", async () => {
    const dataDir = tempDir();
    const server = await startServer({ dataDir, logLevel: "silent", webDist: "/nonexistent" });
    const acknowledged: { id: string; at: number }[] = [];
    let writing = true;
    let backupStartedAt = 0;
    try {
      const people = await Promise.all(Array.from({ length: 8 }, (_, i) => new HttpPerson(server.url).signUp(`P${i}`)));
      const load = people.map(async (p, i) => {
        for (let day = 1; writing && day <= 400; day++) {
          const date = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
          const res = await p.call("POST", "/api/checkins", {
            day: date,
            emotions: { mad: 0, sad: 1, glad: 0, fear: 0 },
            mindHeart: `p${i} d${day}`,
            visibility: "private",
          });
          if (res.status === 201) acknowledged.push({ id: (res.json as { id: string }).id, at: Date.now() });
        }
      });
      // Start the backup only once writes are flowing, so it is taken under load.
      await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(20);
      backupStartedAt = Date.now();
      const target = path.join(dataDir, "backups", "under-load.sqlite");
      await server.backup(target);
      writing = false;
      await Promise.all(load);
      expect(acknowledged.filter((a) => a.at < backupStartedAt).length).toBeGreaterThanOrEqual(20);
      expect(acknowledged.filter((a) => a.at > backupStartedAt).length).toBeGreaterThan(0); // writes went on during the backup

      const restoredDir = tempDir();
      restoreSqlite(restoredDir, target);
      const store = await openStore({ dataDir: restoredDir });
      try {
        for (const a of acknowledged.filter((x) => x.at < backupStartedAt)) expect(await store.checkins.findById(a.id), a.id).toBeDefined();
      } finally {
        await store.close();
      }
    } finally {
      writing = false;
      await server.close();
    }
  }, 60_000);

  it("`npm run backup` asks the running server for a backup, and `npm run restore` refuses while it runs, then puts it back", async () => {
    const dataDir = tempDir();
    const env = { ...process.env, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", DATABASE_URL: "" };
    const server = await startChildServer({ DATA_DIR: dataDir });
    try {
      const robin = await new HttpPerson(server.url).signUp("Robin");
      expect(
        (
          await robin.call("POST", "/api/checkins", {
            day: "2025-06-01",
            emotions: { mad: 0, sad: 0, glad: 2, fear: 0 },
            mindHeart: "kept safe",
            visibility: "private",
          })
        ).status,
      ).toBe(201);

      const target = path.join(tempDir(), "live.sqlite");
      const backup = spawnSync(process.execPath, ["--import", "tsx", "apps/server/src/cli/backup.ts", target], { cwd: repoRoot, env, encoding: "utf8" });
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/by the running server/);
      expect(existsSync(target)).toBe(true);

      const refused = spawnSync(process.execPath, ["--import", "tsx", "apps/server/src/cli/restore.ts", target], { cwd: repoRoot, env, encoding: "utf8" });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/is running on .*Stop it first/);

      const elsewhere = tempDir();
      const restored = spawnSync(process.execPath, ["--import", "tsx", "apps/server/src/cli/restore.ts", target], {
        cwd: repoRoot,
        env: { ...env, DATA_DIR: elsewhere },
        encoding: "utf8",
      });
      expect(restored.status, restored.stderr).toBe(0);
      const store = await openStore({ dataDir: elsewhere });
      try {
        const user = (await store.users.findByEmail(robin.email))!;
        const mine = await store.checkins.history(user.id, null, 10);
        expect(mine.map((c) => c.mindHeart)).toEqual(["kept safe"]);
      } finally {
        await store.close();
      }
      const broken = spawnSync(process.execPath, ["--import", "tsx", "apps/server/src/cli/restore.ts", path.join(repoRoot, "package.json")], {
        cwd: repoRoot,
        env: { ...env, DATA_DIR: tempDir() },
        encoding: "utf8",
      });
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/not an SQLite database|integrity/);
    } finally {
      await server.stop();
    }
  }, 90_000);
});
