import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { MomentRepo } from "../store.ts";

export function momentRepo(db: Kysely<Database>): MomentRepo {
  return {
    async seen(userId) {
      const rows = await db.selectFrom("moments_seen").select("moment").where("user_id", "=", userId).execute();
      return rows.map((r) => r.moment);
    },
    async markSeen(userId, moment, at) {
      await db
        .insertInto("moments_seen")
        .values({ user_id: userId, moment, seen_at: at })
        .onConflict((oc) => oc.columns(["user_id", "moment"]).doNothing())
        .execute();
    },
  };
}
