/**
 * A pooled PostgreSQL connection that dies while idle (the database restarts, a proxy
 * drops it) is reported on the pool's "error" event; unheard, Node ends the whole
 * process. Every pool we open listens with this: one line on stderr (connection errors
 * carry no user text), and the pool opens a fresh connection for the next query.
 */
export function reportIdleError(what: string, error: Error): void {
  console.error(`PostgreSQL ${what} connection lost while idle (${error.message}); the next query reconnects.`);
}
