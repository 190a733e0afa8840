import type { Log } from "./log.ts";

/**
 * A pooled PostgreSQL connection that dies while idle (the database restarts, a proxy
 * drops it) is reported on the pool's "error" event; unheard, Node ends the whole
 * process. Every pool we open listens with this: one log line (connection errors carry
 * no user text), and the pool opens a fresh connection for the next query.
 */
export function reportIdleError(log: Log, what: string, error: Error): void {
  log.error({ reason: error.message }, `PostgreSQL ${what} connection lost while idle; the next query reconnects.`);
}
