/**
 * `npm run backup -- [file]`: a consistent copy of Attune's database.
 * SQLite: taken by the running server (online, while it serves), or from the file when no
 * server runs. PostgreSQL: pg_dump in its custom format (restore with `npm run restore`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.ts";
import { BACKUP_REQUEST_FILE, backupStoppedSqlite, checkBackup, runningServerPid } from "../storage/sqlite-files.ts";

const WAIT_MS = 120_000;

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (arg === "--help" || arg === "-h") {
    console.log("usage: npm run backup -- [file]   (default: DATA_DIR/backups/attune-<time>.sqlite, or attune-<time>.pgdump on PostgreSQL)");
    return;
  }
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  if (config.databaseUrl) {
    const target = path.resolve(arg ?? `attune-${stamp}.pgdump`);
    const run = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${target}`, config.databaseUrl], { stdio: "inherit" });
    if (run.error || run.status !== 0)
      throw new Error(`pg_dump failed${run.error ? `: ${run.error.message}` : ""}. Is PostgreSQL's client installed (Debian: postgresql-client)?`);
    console.log(`Backup written to ${target}`);
    return;
  }
  const target = path.resolve(arg ?? path.join(config.dataDir, "backups", `attune-${stamp}.sqlite`));
  if (existsSync(target)) throw new Error(`${target} already exists; choose another file.`);
  const pid = runningServerPid(config.dataDir);
  if (pid === null) {
    await backupStoppedSqlite(config.dataDir, target);
  } else {
    writeFileSync(path.join(config.dataDir, BACKUP_REQUEST_FILE), target);
    process.kill(pid, "SIGUSR2");
    const until = Date.now() + WAIT_MS;
    while (!existsSync(target)) {
      if (existsSync(`${target}.error`)) {
        const why = readFileSync(`${target}.error`, "utf8");
        rmSync(`${target}.error`, { force: true });
        throw new Error(`the server could not write the backup: ${why}`);
      }
      if (Date.now() > until) throw new Error(`the server (pid ${pid}) did not write ${target} within ${WAIT_MS / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  checkBackup(target);
  console.log(`Backup written to ${target}${pid === null ? "" : ` by the running server (pid ${pid})`}`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
