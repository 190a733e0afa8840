import type { Compilable, CompiledQuery, Kysely, QueryResult } from "kysely";
import { prepareOnPostgres } from "./pg-prepared.ts";
import { rowsAsArrays } from "./row-arrays.ts";
import type { Database } from "./schema.ts";

/** Stands in for a value while a query is built; replaced by the named argument at run time. */
class Param {
  constructor(readonly name: string) {}
}

type Placeholders<A> = { readonly [K in keyof A]: A[K] };

interface Template {
  compiled: CompiledQuery;
  /** For each SQL parameter: the argument's name, or the constant the builder gave. */
  slots: readonly (Param | unknown)[];
}

/**
 * A query built and compiled to SQL once per dialect, then run with new values: Kysely's
 * builder (operation nodes, freeze, reference parsing) costs more than a small indexed query
 * itself, so the hot paths skip it. `build` receives placeholders for the named arguments;
 * use them as values only (not as column names, not in `limit` arithmetic). The SQL text is
 * the same every time, so SQLite's statement cache hits, and on PostgreSQL it runs as a named
 * prepared statement per connection (pg-prepared.ts): parsed and planned once, not per request.
 * `arrays: true` returns each row as an array in select-list order (row-arrays.ts); `R` is then
 * the tuple type the caller maps.
 */
export function compiledQuery<A extends Record<string, unknown>, R>(
  build: (db: Kysely<Database>, p: Placeholders<A>) => Compilable<unknown>,
  options: { arrays?: boolean } = {},
): (db: Kysely<Database>, args: A) => Promise<QueryResult<R>> {
  // Keyed by the dialect's adapter: a transaction shares its root's adapter, so it reuses the SQL.
  const templates = new WeakMap<object, Template>();
  const placeholders = new Proxy({} as Placeholders<A>, { get: (_target, name) => new Param(String(name)) });
  return (db, args) => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      const compiled = build(db, placeholders).compile();
      template = { compiled, slots: compiled.parameters };
      templates.set(adapter, template);
      prepareOnPostgres(compiled.sql); // only the PostgreSQL pool consults it
      if (options.arrays) rowsAsArrays(compiled.sql);
    }
    const parameters = template.slots.map((slot) => (slot instanceof Param ? args[slot.name] : slot));
    return db.executeQuery<R>({ ...template.compiled, parameters });
  };
}
