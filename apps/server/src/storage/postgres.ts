import pg from "pg";
import { PostgresDialect } from "kysely";
import { reportIdleError } from "../pg-idle-error.ts";

const INT8_OID = 20;

/**
 * PostgreSQL for many couples and several server instances. bigint columns hold
 * epoch milliseconds, well inside Number's safe range, so they are parsed as numbers.
 */
export function openPostgres(connectionString: string, options: { searchPath?: string } = {}) {
  const pool = new pg.Pool({
    connectionString,
    application_name: "attune",
    max: Number(process.env.PG_POOL_MAX ?? 10),
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    types: {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
    },
  });
  // Unheard, an idle connection's death would end the process (see pg-idle-error.ts).
  pool.on("error", (error) => reportIdleError("storage", error));
  return { dialect: new PostgresDialect({ pool }), pool };
}
