import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { RateLimitRepo } from "../store.ts";

export function rateLimitRepo(db: Kysely<Database>): RateLimitRepo {
  return {
    async hit(key, now, windowMs) {
      // One upsert, so two instances counting the same key at once both count. Both
      // engines evaluate every SET expression against the row as it was.
      const passed = sql<boolean>`rate_limit_hits.window_start <= ${now - windowMs}`;
      const row = await db
        .insertInto("rate_limit_hits")
        .values({ key, window_start: now, hits: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql<number>`case when ${passed} then 1 else rate_limit_hits.hits + 1 end`,
            window_start: sql<number>`case when ${passed} then ${now} else rate_limit_hits.window_start end`,
          }),
        )
        .returning(["hits", "window_start"])
        .executeTakeFirstOrThrow();
      return { hits: Number(row.hits), windowStart: Number(row.window_start) };
    },
    async prune(before) {
      const result = await db.deleteFrom("rate_limit_hits").where("window_start", "<", before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
