import type pg from "pg";
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import { wantsArrays } from "./row-arrays.ts";

/**
 * Named prepared statements on PostgreSQL: parsed and planned once per connection, then only
 * bound and run. Two ways in: compiled-query.ts registers each hot query's SQL text
 * (`prepareOnPostgres`; planning cost as much as executing the timeline page, issue 18), and
 * SQL that begins with `preparedAs(name)` names itself (the large insights reads, where planning
 * cost more than running them). This pool wrapper sends those as node-postgres
 * `{ name, text, values }`; everything else goes through unchanged.
 */
const names = new Map<string, string>();

/** A prefix that makes a raw SQL statement a named prepared statement. */
export const preparedAs = (name: string): string => `/* prepared:${name} */ `;
const MARK = /^\/\* prepared:([a-z0-9_]+) \*\//;

/** Marks a SQL text as hot: it runs as a named prepared statement on every connection. */
export function prepareOnPostgres(sqlText: string): void {
  if (!names.has(sqlText)) names.set(sqlText, `attune_${names.size + 1}`);
}

/**
 * A statement prepared before a migration that changed a table it reads with `select *` fails
 * with this ("cached plan must not change result type"): another instance migrated the shared
 * database under us.
 */
function isStalePlan(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e.code === "0A000" && typeof e.message === "string" && e.message.includes("cached plan must not change result type");
}

class PreparingClient implements PostgresPoolClient {
  /** Bumped after a stale plan: the statements are prepared again under new names. */
  private generation = 0;
  private inTransaction = false;

  constructor(private readonly client: pg.PoolClient) {}

  query<R>(sqlText: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlText: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // A cursor (streaming) goes through as it is.
    if (typeof sqlText !== "string") return this.client.query(sqlText as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
    this.track(sqlText);
    const name = names.get(sqlText) ?? MARK.exec(sqlText)?.[1];
    const values = [...(parameters ?? [])];
    if (!name) return this.client.query(sqlText, values) as unknown as Promise<PostgresQueryResult<R>>;
    return this.named<R>(name, sqlText, values);
  }

  private async named<R>(name: string, text: string, values: unknown[]): Promise<PostgresQueryResult<R>> {
    const named = () => (this.generation === 0 ? name : `${name}_g${this.generation}`);
    const rowMode = wantsArrays(text) ? "array" : undefined;
    const run = () => this.client.query({ name: named(), text, values, ...(rowMode ? { rowMode } : {}) }) as unknown as Promise<PostgresQueryResult<R>>;
    try {
      return await run();
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      this.generation += 1;
      // Inside a transaction the error has aborted it: the caller's retry prepares afresh.
      if (this.inTransaction) throw error;
      return run();
    }
  }

  /** Whether a transaction is open on this connection (Kysely sends these as plain text). */
  private track(sqlText: string): void {
    const head = sqlText.trimStart().slice(0, 17).toLowerCase();
    if (head.startsWith("begin") || head.startsWith("start transaction")) this.inTransaction = true;
    else if (head === "commit" || head === "rollback") this.inTransaction = false;
  }

  release(): void {
    this.inTransaction = false;
    this.client.release();
  }
}

/** The pool Kysely sees: the same wrapper for the same connection (Kysely keys its state by it). */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PreparingClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = new PreparingClient(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
