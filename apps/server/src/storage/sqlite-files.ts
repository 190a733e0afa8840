import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { SQLITE_FILE } from "./sqlite.ts";

/** The running server's process id, kept in the data folder so operator commands can find it. */
export const PID_FILE = "attune.pid";
/** Where an operator's backup command leaves the path it wants the running server to write. */
export const BACKUP_REQUEST_FILE = "backup-request";

export const databaseFile = (dataDir: string) => path.join(dataDir, SQLITE_FILE);

/** The pid of a live server on this data folder, if one is running. */
export function runningServerPid(dataDir: string): number | null {
  const file = path.join(dataDir, PID_FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // a stale file from a process that died
  }
}

export function writePidFile(dataDir: string): () => void {
  const file = path.join(dataDir, PID_FILE);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** A database file that opens, passes SQLite's integrity check and holds Attune's tables. */
export function checkBackup(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`${file} is not an SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = db.pragma("integrity_check", { simple: true });
    } catch (error) {
      throw new Error(`${file} is not an SQLite database: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (integrity !== "ok") throw new Error(`${file} failed SQLite's integrity check: ${String(integrity)}`);
    const users = db.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'users'").get() as { n: number };
    if (users.n !== 1) throw new Error(`${file} is not an Attune database (it has no users table).`);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the data folder's database. Only while no server runs on the
 * folder; the database it replaces is kept beside it, renamed, never deleted.
 */
export function restoreSqlite(dataDir: string, backupFile: string, now = new Date()): { replacedBy: string; keptAs: string | null } {
  if (runningServerPid(dataDir) !== null) throw new Error(`An Attune server is running on ${dataDir}. Stop it first, then restore.`);
  checkBackup(backupFile);
  const target = databaseFile(dataDir);
  let keptAs: string | null = null;
  if (existsSync(target)) {
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(target, keptAs);
    for (const side of ["-wal", "-shm"]) if (existsSync(target + side)) renameSync(target + side, keptAs + side);
  }
  copyFileSync(backupFile, target);
  return { replacedBy: backupFile, keptAs };
}

/** A backup of a folder whose server is not running: open the file and copy it consistently. */
export async function backupStoppedSqlite(dataDir: string, target: string): Promise<void> {
  const db = new BetterSqlite3(databaseFile(dataDir), { fileMustExist: true, timeout: 0 });
  try {
    const partial = `${target}.partial`;
    rmSync(partial, { force: true });
    await db.backup(partial);
    renameSync(partial, target);
  } finally {
    db.close();
  }
}
