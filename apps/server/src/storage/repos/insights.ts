import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { InsightRepo } from "../store.ts";

const list = (s: string) => (s ? s.split(",") : []);

/** Replies to a check-in mostly answer one of the last days': those are read by range (checkins_insights_idx), older ones by id. */
const RECENT_CHECKIN_DAYS = 14;

export function insightRepo(db: Kysely<Database>): InsightRepo {
  return {
    async saveFacts(checkinId, inner, words) {
      const values = { checkin_id: checkinId, inner_layer: inner === null ? null : inner ? 1 : 0, words: words.join(",") };
      await db
        .insertInto("checkin_facts")
        .values(values)
        .onConflict((oc) => oc.column("checkin_id").doUpdateSet({ inner_layer: values.inner_layer, words: values.words }))
        .execute();
    },
    async shares(authorIds, fromDay) {
      if (!authorIds.length) return [];
      // The (author_id, day) unique index answers the range; facts are one primary-key lookup each.
      const rows = await db
        .selectFrom("checkins as c")
        .leftJoin("checkin_facts as f", "f.checkin_id", "c.id")
        .select([
          "c.id",
          "c.author_id",
          "c.couple_id",
          "c.day",
          "c.visibility",
          "c.mad",
          "c.sad",
          "c.glad",
          "c.fear",
          "c.created_at",
          "f.inner_layer",
          "f.words",
        ])
        .where("c.author_id", "in", authorIds)
        .where("c.day", ">=", fromDay)
        .orderBy("c.day")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        authorId: r.author_id,
        coupleId: r.couple_id,
        day: r.day,
        visibility: r.visibility === "shared" ? "shared" : "private",
        emotions: { mad: r.mad, sad: r.sad, glad: r.glad, fear: r.fear },
        createdAt: Number(r.created_at),
        inner: r.inner_layer === null ? null : r.inner_layer === 1,
        words: list(r.words ?? ""),
      }));
    },
    async replies(coupleId, since) {
      // Every part from a covering index: the replies by time, and the couple's check-ins of the same
      // weeks by range (materialized, so both engines hash or index them instead of a lookup per reply).
      const fromDay = new Date(since - RECENT_CHECKIN_DAYS * 86_400_000).toISOString().slice(0, 10);
      const members = db.selectFrom("couple_members").select("user_id").where("couple_id", "=", coupleId);
      const rows = await db
        .with(
          (cte) => cte("recent_checkins").materialized(),
          (qb) => qb.selectFrom("checkins").select(["id", "author_id"]).where("author_id", "in", members).where("day", ">=", fromDay),
        )
        .selectFrom("replies as r")
        .leftJoin("recent_checkins as c", (j) => j.onRef("c.id", "=", "r.target_id").on("r.target_kind", "=", "checkin"))
        .leftJoin("daily_answers as a", (j) => j.onRef("a.id", "=", "r.target_id").on("r.target_kind", "=", "answer"))
        .select(["r.target_kind", "r.target_id", "r.author_id", "r.created_at", "r.coach_level", "r.coach_pitfalls", "r.feedback_heard", "r.feedback_at"])
        .select(sql<string | null>`coalesce(c.author_id, a.user_id)`.as("to_id"))
        .where("r.couple_id", "=", coupleId)
        .where("r.created_at", ">=", since)
        .orderBy("r.created_at")
        .execute();
      // A reply to a check-in from before those weeks (rare): its author by id.
      const older = [...new Set(rows.filter((r) => r.to_id === null && r.target_kind === "checkin").map((r) => r.target_id))];
      const authors = new Map<string, string>();
      for (let i = 0; i < older.length; i += 500) {
        const found = await db
          .selectFrom("checkins")
          .select(["id", "author_id"])
          .where("id", "in", older.slice(i, i + 500))
          .execute();
        for (const c of found) authors.set(c.id, c.author_id);
      }
      return rows.flatMap((r) => {
        const toId = r.to_id ?? (r.target_kind === "checkin" ? authors.get(r.target_id) : undefined);
        if (!toId) return [];
        return [
          {
            targetKind: r.target_kind === "answer" ? ("answer" as const) : ("checkin" as const),
            targetId: r.target_id,
            authorId: r.author_id,
            toId,
            createdAt: Number(r.created_at),
            level: r.coach_level,
            pitfalls: list(r.coach_pitfalls),
            heard: r.feedback_heard === null ? null : r.feedback_heard === 1,
            heardAt: r.feedback_at === null ? null : Number(r.feedback_at),
          },
        ];
      });
    },
    async firstLevels(authorId, limit) {
      const rows = await db
        .selectFrom("replies")
        .select("coach_level")
        .where("author_id", "=", authorId)
        .where("coach_level", "is not", null)
        .orderBy("created_at")
        .limit(limit)
        .execute();
      return rows.map((r) => r.coach_level!);
    },
    async mutedSigns(userId) {
      const rows = await db.selectFrom("insight_mutes").select("sign").where("user_id", "=", userId).orderBy("sign").execute();
      return rows.map((r) => r.sign);
    },
    async setMuted(userId, sign, muted, at) {
      if (muted) {
        await db
          .insertInto("insight_mutes")
          .values({ user_id: userId, sign, muted_at: at })
          .onConflict((oc) => oc.columns(["user_id", "sign"]).doNothing())
          .execute();
      } else {
        await db.deleteFrom("insight_mutes").where("user_id", "=", userId).where("sign", "=", sign).execute();
      }
    },
    async optedIn(coupleId) {
      const rows = await db.selectFrom("insight_opt_ins").select("user_id").where("couple_id", "=", coupleId).orderBy("user_id").execute();
      return rows.map((r) => r.user_id);
    },
    async setOptIn(coupleId, userId, on, at) {
      if (on) {
        await db
          .insertInto("insight_opt_ins")
          .values({ couple_id: coupleId, user_id: userId, at })
          .onConflict((oc) => oc.columns(["couple_id", "user_id"]).doNothing())
          .execute();
      } else {
        await db.deleteFrom("insight_opt_ins").where("couple_id", "=", coupleId).where("user_id", "=", userId).execute();
      }
    },
  };
}
