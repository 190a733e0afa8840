import pg from "pg";

/**
 * SQL that begins with `preparedAs(name)` is sent to PostgreSQL as a named prepared statement:
 * parsed and planned once per connection, then only run. Every other query goes as before. For
 * the few large statements run on every request (insights-reads.ts), planning cost more database
 * CPU than running them (docs/performance.md, "Insights on PostgreSQL, second pass").
 */
export const preparedAs = (name: string): string => `/* prepared:${name} */ `;
const MARK = /^\/\* prepared:([a-z0-9_]+) \*\//;

type Query = (text: unknown, values?: unknown, callback?: unknown) => unknown;

/** A pg client (the pool's `Client`) that sends marked SQL as named statements. */
export class PreparingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const plain = (pg.Client.prototype.query as Query).bind(this);
    const query: Query = (text, values, callback) => {
      const name = typeof text === "string" && callback === undefined ? MARK.exec(text)?.[1] : undefined;
      return name ? plain({ name, text, values }) : plain(text, values, callback);
    };
    this.query = query as pg.Client["query"];
  }
}
