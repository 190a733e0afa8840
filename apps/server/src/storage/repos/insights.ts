import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { InsightRepo } from "../store.ts";

const list = (s: string) => (s ? s.split(",") : []);

/** Replies to a check-in mostly answer one of the last days': read those by range (checkins_insights_idx), the rest by id. */
const RECENT_CHECKIN_DAYS = 14;

async function checkinAuthors(db: Kysely<Database>, ids: string[], coupleId: string, since: number): Promise<Map<string, string>> {
  const authors = new Map<string, string>();
  if (!ids.length) return authors;
  const fromDay = new Date(since - RECENT_CHECKIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  const members = db.selectFrom("couple_members").select("user_id").where("couple_id", "=", coupleId);
  const recent = await db.selectFrom("checkins").select(["id", "author_id"]).where("author_id", "in", members).where("day", ">=", fromDay).execute();
  for (const c of recent) authors.set(c.id, c.author_id);
  const older = [...new Set(ids.filter((id) => !authors.has(id)))];
  for (let i = 0; i < older.length; i += 500) {
    const rows = await db.selectFrom("checkins").select(["id", "author_id"]).where("id", "in", older.slice(i, i + 500)).execute();
    for (const c of rows) authors.set(c.id, c.author_id);
  }
  return authors;
}

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
        .select(["c.id", "c.author_id", "c.couple_id", "c.day", "c.visibility", "c.mad", "c.sad", "c.glad", "c.fear", "c.created_at", "f.inner_layer", "f.words"])
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
      // From replies_insights_idx alone; whose check-in each answers is read below by range, not row by row.
      const rows = await db
        .selectFrom("replies as r")
        .leftJoin("daily_answers as a", (j) => j.onRef("a.id", "=", "r.target_id").on("r.target_kind", "=", "answer"))
        .select(["r.target_kind", "r.target_id", "r.author_id", "r.created_at", "r.coach_level", "r.coach_pitfalls", "r.feedback_heard", "r.feedback_at", "a.user_id as answer_by"])
        .where("r.couple_id", "=", coupleId)
        .where("r.created_at", ">=", since)
        .orderBy("r.created_at")
        .execute();
      const checkinAuthor = await checkinAuthors(
        db,
        rows.filter((r) => r.target_kind === "checkin").map((r) => r.target_id),
        coupleId,
        since,
      );
      return rows.flatMap((r) => {
        const toId = r.target_kind === "checkin" ? checkinAuthor.get(r.target_id) : r.answer_by;
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
