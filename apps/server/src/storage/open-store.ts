import { Kysely, Migrator, sql, type Dialect } from "kysely";
import type { Log } from "../log.ts";
import { migrationProvider } from "./migrations.ts";
import { openPostgres } from "./postgres.ts";
import { answerRepo } from "./repos/answers.ts";
import { temperatureRepo } from "./repos/temperature.ts";
import { checkinRepo } from "./repos/checkins.ts";
import { coupleRepo } from "./repos/couples.ts";
import { dailyChoiceRepo } from "./repos/daily-choices.ts";
import { inviteRepo } from "./repos/invites.ts";
import { libraryRepo } from "./repos/library.ts";
import { loginFailureRepo } from "./repos/login-failures.ts";
import { passwordResetRepo, secretRepo } from "./repos/password-resets.ts";
import { noteRepo } from "./repos/notes.ts";
import { momentRepo } from "./repos/moments.ts";
import { pushRepo } from "./repos/push.ts";
import { rateLimitRepo } from "./repos/rate-limits.ts";
import { readinessRepo } from "./repos/readiness.ts";
import { repairRepo } from "./repos/repairs.ts";
import { replyRepo } from "./repos/replies.ts";
import { sessionRepo } from "./repos/sessions.ts";
import { threadSeenRepo } from "./repos/thread-seen.ts";
import { userRepo } from "./repos/users.ts";
import { insightRepo } from "./repos/insights.ts";
import { therapistGrantRepo, therapistSourceRepo } from "./repos/therapist.ts";
import type { Database } from "./schema.ts";
import { openSqlite } from "./sqlite.ts";
import type { Engine, Repos, Store } from "./store.ts";

export interface StoreOptions {
  /** PostgreSQL connection string; when absent, the embedded SQLite database is used. */
  databaseUrl?: string | undefined;
  /** Folder for the SQLite file. */
  dataDir: string;
  /** PostgreSQL schema to use (tests isolate themselves with one schema each). */
  pgSchema?: string;
  /** SQLite: how many prepared statements to keep (0: prepare every query anew, as a baseline). */
  sqliteStatementCache?: number;
  /** SQLite: share one fsynced commit among the writes that arrive together (default on; off to compare). */
  sqliteGroupCommit?: boolean;
  /** PostgreSQL connections per instance (PG_POOL_MAX). */
  pgPoolMax?: number | undefined;
  /** Where a dropped idle PostgreSQL connection is reported. */
  log?: Log | undefined;
}

function repos(db: Kysely<Database>): Repos {
  return {
    users: userRepo(db),
    dailyChoices: dailyChoiceRepo(db),
    insights: insightRepo(db),
    sessions: sessionRepo(db),
    invites: inviteRepo(db),
    couples: coupleRepo(db),
    loginFailures: loginFailureRepo(db),
    rateLimits: rateLimitRepo(db),
    secrets: secretRepo(db),
    passwordResets: passwordResetRepo(db),
    checkins: checkinRepo(db),
    replies: replyRepo(db),
    answers: answerRepo(db),
    notes: noteRepo(db),
    readiness: readinessRepo(db),
    library: libraryRepo(db),
    repairs: repairRepo(db),
    push: pushRepo(db),
    moments: momentRepo(db),
    threadSeen: threadSeenRepo(db),
    temperature: temperatureRepo(db),
    therapistGrants: therapistGrantRepo(db),
    therapistSources: therapistSourceRepo(db),
  };
}

/**
 * Opens the configured engine as a migrated Kysely instance. Only storage code and
 * bulk tools (benchmarks) use it; everything else goes through the Store.
 */
export async function openDatabase(options: StoreOptions): Promise<{ db: Kysely<Database>; engine: Engine; backupTo?: (target: string) => Promise<void> }> {
  let dialect: Dialect;
  let engine: Engine;
  let backupTo: ((target: string) => Promise<void>) | undefined;
  if (options.databaseUrl) {
    engine = "postgres";
    dialect = openPostgres(options.databaseUrl, {
      ...(options.pgSchema ? { searchPath: options.pgSchema } : {}),
      ...(options.pgPoolMax ? { poolMax: options.pgPoolMax } : {}),
      ...(options.log ? { log: options.log } : {}),
    }).dialect;
  } else {
    engine = "sqlite";
    const sqlite = openSqlite(options.dataDir, options.sqliteStatementCache, { groupCommit: options.sqliteGroupCommit ?? true });
    dialect = sqlite.dialect;
    backupTo = sqlite.backupTo;
  }
  const db = new Kysely<Database>({ dialect });
  try {
    if (engine === "postgres" && options.pgSchema) {
      await db.schema.createSchema(options.pgSchema).ifNotExists().execute();
    }
    await migrate(db, engine);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return backupTo ? { db, engine, backupTo } : { db, engine };
}

/** Opens the configured engine and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { db, engine, backupTo } = await openDatabase(options);
  return {
    engine,
    ...(backupTo ? { backupTo } : {}),
    ...repos(db),
    transaction: (work) => db.transaction().execute((trx) => work(repos(trx))),
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Database>, engine: Engine): Promise<void> {
  // On PostgreSQL, Kysely looks for its migration tables in every schema unless told
  // which one: name the schema in use, or another schema's tables would be taken as ours.
  const schema = engine === "postgres" ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  // Features are built in parallel and numbered ahead of time, so a database may have run
  // 0015 before 0011 exists; each migration stands alone, so the late one simply runs.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (!error && !failed) return;
  const name = failed ? ` (${failed.migrationName})` : "";
  throw new Error(`Database migration failed${name}: ${String((error as Error | undefined)?.message ?? error)}`);
}
