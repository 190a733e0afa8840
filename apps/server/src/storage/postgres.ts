import pg from "pg";
import { type Log, stderrLog } from "../log.ts";
import { reportIdleError } from "../pg-idle-error.ts";
import { preparingPool } from "./pg-prepared.ts";
import { SchemaScopedPostgresDialect } from "./pg-schema-introspector.ts";

const INT8_OID = 20;

/**
 * PostgreSQL for many couples and several server instances. bigint columns hold
 * epoch milliseconds, well inside Number's safe range, so they are parsed as numbers.
 */
export interface PostgresOptions {
  searchPath?: string;
  /** Connections per instance (PG_POOL_MAX, read by config.ts). */
  poolMax?: number;
  log?: Log;
}

export const DEFAULT_POOL_MAX = 10;

export function openPostgres(connectionString: string, options: PostgresOptions = {}) {
  const pool = new pg.Pool({
    connectionString,
    application_name: "attune",
    max: options.poolMax ?? DEFAULT_POOL_MAX,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    types: {
      getTypeParser: (oid: number, format?: "text" | "binary") => (oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)),
    },
  });
  // Unheard, an idle connection's death would end the process (see pg-idle-error.ts).
  pool.on("error", (error) => reportIdleError(options.log ?? stderrLog, "storage", error));
  // The hot queries and statements marked with preparedAs() run as named prepared
  // statements, planned once per connection (pg-prepared.ts).
  return { dialect: new SchemaScopedPostgresDialect({ pool: preparingPool(pool) }), pool };
}
