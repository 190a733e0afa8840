import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { ThreadSeenRepo } from "../store.ts";

export function threadSeenRepo(db: Kysely<Database>): ThreadSeenRepo {
  return {
    async markSeen(userId, kind, targetId, at) {
      await db
        .insertInto("thread_seen")
        .values({ user_id: userId, target_kind: kind, target_id: targetId, seen_at: at })
        .onConflict((oc) => oc.columns(["user_id", "target_kind", "target_id"]).doUpdateSet({ seen_at: at }).where("thread_seen.seen_at", "<", at))
        .execute();
    },
    async unseen(userId, coupleId) {
      const rows = await db
        .selectFrom("replies as rp")
        .leftJoin("thread_seen as s", (join) =>
          join.onRef("s.target_kind", "=", "rp.target_kind").onRef("s.target_id", "=", "rp.target_id").on("s.user_id", "=", userId),
        )
        .select((eb) => [
          "rp.target_kind as target_kind",
          "rp.target_id as target_id",
          eb.fn.countAll<number | string>().as("n"),
          eb.fn.max("rp.created_at").as("latest"),
        ])
        .where("rp.couple_id", "=", coupleId)
        .where("rp.author_id", "!=", userId)
        .where((eb) => eb.or([eb("s.seen_at", "is", null), eb("rp.created_at", ">", eb.ref("s.seen_at"))]))
        // Only threads on the person's own shares: replies to the partner's shares are not "to me".
        .where((eb) =>
          eb.or([
            eb.and([
              eb("rp.target_kind", "=", "checkin"),
              eb.exists(eb.selectFrom("checkins as c").select("c.id").whereRef("c.id", "=", "rp.target_id").where("c.author_id", "=", userId)),
            ]),
            eb.and([
              eb("rp.target_kind", "=", "answer"),
              eb.exists(eb.selectFrom("daily_answers as a").select("a.id").whereRef("a.id", "=", "rp.target_id").where("a.user_id", "=", userId)),
            ]),
          ]),
        )
        .groupBy(["rp.target_kind", "rp.target_id"])
        .execute();
      return rows
        .map((r) => ({
          targetKind: r.target_kind === "answer" ? ("answer" as const) : ("checkin" as const),
          targetId: r.target_id,
          count: Number(r.n),
          latestAt: Number(r.latest),
        }))
        .sort((x, y) => y.latestAt - x.latestAt);
    },
  };
}
