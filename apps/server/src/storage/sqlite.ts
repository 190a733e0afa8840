import { mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { SqliteDialect } from "kysely";
import { wantsArrays } from "./row-arrays.ts";
import { GroupCommitSqliteDialect } from "./sqlite-group-commit.ts";
import { DEFAULT_STATEMENT_CACHE_SIZE, withStatementCache } from "./sqlite-statement-cache.ts";

/** Thrown when another process already holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(readonly file: string) {
    super(`Another Attune process is already using the database at ${file}. Stop that process first, or start this one with a different DATA_DIR.`);
    this.name = "DataDirInUseError";
  }
}

export const SQLITE_FILE = "attune.sqlite";

/**
 * Opens the embedded database with settings that lose nothing: WAL with
 * synchronous=FULL (every commit is fsynced), foreign keys on, and an exclusive
 * lock taken at once so a second process fails fast instead of writing beside us.
 * Writes are group-committed (sqlite-group-commit.ts): several share one fsynced commit,
 * each acknowledged only once it is on disk. `groupCommit: false` commits each on its own
 * (Kysely's own driver), for comparison.
 */
export function openSqlite(
  dataDir: string,
  statementCacheSize = DEFAULT_STATEMENT_CACHE_SIZE,
  { groupCommit = true }: { groupCommit?: boolean } = {},
): { dialect: SqliteDialect; file: string; backupTo: (target: string) => Promise<void> } {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE);
  // timeout 0: when another process holds the lock, fail now rather than hang.
  const database = new BetterSqlite3(file, { timeout: 0 });
  try {
    database.pragma("locking_mode = EXCLUSIVE");
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
    // A larger page cache and memory-mapped reads keep hot index pages in memory once the
    // file grows past the 2 MB default cache (a year of check-ins is gigabytes).
    database.pragma("cache_size = -32000");
    database.pragma("mmap_size = 268435456");
    // An immediate transaction takes the write lock now; EXCLUSIVE mode keeps it
    // until the connection closes, and the OS releases it if the process dies.
    database.exec("BEGIN IMMEDIATE; COMMIT;");
  } catch (error) {
    database.close();
    if (isBusy(error)) throw new DataDirInUseError(file);
    throw error;
  }
  const cached = withStatementCache(database, statementCacheSize);
  // Queries that asked for array rows (row-arrays.ts) get better-sqlite3's raw mode.
  const statements = {
    close: () => cached.close(),
    prepare(text: string) {
      const statement = cached.prepare(text);
      return statement.reader && wantsArrays(text) ? statement.raw(true) : statement;
    },
  };
  const grouped = groupCommit ? new GroupCommitSqliteDialect(database, statements) : undefined;
  return {
    dialect: grouped ?? new SqliteDialect({ database: statements }),
    file,
    backupTo: (target) => {
      const driver = grouped?.driver;
      return driver ? driver.duringBackup(() => backupInto(database, target)) : backupInto(database, target);
    },
  };
}

/**
 * SQLite's online backup, through the connection that holds the lock (no other process
 * can read the file while the server runs): a consistent copy while writes go on. It is
 * written beside the target and renamed, so a half-written backup never looks like one.
 */
async function backupInto(database: BetterSqlite3.Database, target: string): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  await database.backup(partial);
  renameSync(partial, target);
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}
