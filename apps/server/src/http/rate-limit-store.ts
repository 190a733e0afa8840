import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { RateLimitRepo } from "../storage/store.ts";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * The plugin passes `child` the route's merged options with the route itself under
 * `routeInfo` (its typings say otherwise), so read it defensively.
 */
function routePrefix(options: object): string {
  const info: unknown = "routeInfo" in options ? options.routeInfo : undefined;
  if (!info || typeof info !== "object") return "";
  const method = "method" in info && typeof info.method === "string" ? info.method : "";
  const url = "url" in info && typeof info.url === "string" ? info.url : "";
  return `${method} ${url} `;
}

/**
 * @fastify/rate-limit counting in our own database (fixed windows), so that several
 * server instances on one PostgreSQL share one limit instead of each granting its own.
 * Keys are per route: "<METHOD> <url> <client key>".
 */
export function databaseRateLimitStore(repo: RateLimitRepo, now: () => number): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    // The plugin constructs the store with its own options, which we do not need.
    constructor(
      _pluginOptions?: unknown,
      private readonly prefix = "",
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      repo.hit(`${this.prefix}${key}`, at, timeWindow).then(
        ({ hits, windowStart }) => callback(null, { current: hits, ttl: Math.max(0, windowStart + timeWindow - at) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new DatabaseStore(undefined, routePrefix(routeOptions));
    }
  }
  return DatabaseStore;
}
