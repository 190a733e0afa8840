import type { Engine } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";

/** Liveness: answering at all is the signal; the engine tells operators which database is in use. */
export function health(deps: DomainDeps): { status: "ok"; db: Engine } {
  return { status: "ok", db: deps.store.engine };
}
