/**
 * `npm run restore -- <file>`: puts a backup back. SQLite: only while no server runs on
 * DATA_DIR; the database it replaces is kept beside it. PostgreSQL: pg_restore --clean.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadConfig } from "../config.ts";
import { restoreSqlite } from "../storage/sqlite-files.ts";

function main(): void {
  const arg = process.argv[2];
  if (!arg || arg === "--help" || arg === "-h") {
    console.log("usage: npm run restore -- <backup file>   (stop the server first)");
    process.exit(arg ? 0 : 2);
  }
  const file = path.resolve(arg);
  const config = loadConfig();
  if (config.databaseUrl) {
    const run = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${config.databaseUrl}`, file], { stdio: "inherit" });
    if (run.error || run.status !== 0) throw new Error(`pg_restore failed${run.error ? `: ${run.error.message}` : ""}.`);
    console.log(`Restored ${file} into the PostgreSQL database.`);
    return;
  }
  const { keptAs } = restoreSqlite(config.dataDir, file);
  console.log(`Restored ${file} into ${config.dataDir}.${keptAs ? ` The database it replaced is kept as ${keptAs}.` : ""}`);
}

try {
  main();
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
