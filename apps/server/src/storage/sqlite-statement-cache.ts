import type { Database, Statement } from "better-sqlite3";

/** Enough for every distinct query the app sends; a few use variable-length lists. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew; preparing is a good part of a fast
 * query's cost. This keeps the most recently used prepared statements by SQL text
 * (least recently used dropped first). Safe because Kysely runs one query at a time on
 * the connection, and SQLite re-prepares a statement by itself after a schema change.
 */
export interface StatementSource {
  prepare(sql: string): Statement;
  close(): void;
}

export function withStatementCache(database: Database, size = DEFAULT_STATEMENT_CACHE_SIZE): StatementSource {
  if (size <= 0) return database;
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): Statement {
      const hit = cache.get(sql);
      if (hit) {
        // Map keeps insertion order: move to the newest end.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}
