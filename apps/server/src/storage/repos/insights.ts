import { PostgresAdapter, sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { InsightRepo } from "../store.ts";
import { coupleRepo } from "./couples.ts";
import { pgCoupleRows, pgPersonRows } from "./insights-reads.ts";
import { recentFromDay, replyRow, shareRow } from "./insights-rows.ts";

export function insightRepo(db: Kysely<Database>): InsightRepo {
  // PostgreSQL answers a request's reads in one statement (a round trip costs more there than
  // the reads); SQLite is in process, where the separate indexed reads are as cheap.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const couples = coupleRepo(db);
  const repo: InsightRepo = {
    async personRows(userId, read) {
      if (postgres) return pgPersonRows(db, userId, read);
      const found = await couples.activeForUser(userId);
      const couple = found ? { id: found.id, partnerId: found.partnerId } : null;
      const [shares, replies, firstLevels, mutedSigns] = await Promise.all([
        repo.shares(couple ? [userId, couple.partnerId] : [userId], read.fromDay),
        couple ? repo.replies(couple.id, read.since) : [],
        repo.firstLevels(userId, read.firstLevels),
        repo.mutedSigns(userId),
      ]);
      return { couple, shares, replies, firstLevels, mutedSigns };
    },
    async coupleRows(userId, read) {
      if (postgres) return pgCoupleRows(db, userId, read);
      const found = await couples.activeForUser(userId);
      if (!found) return { couple: null, optedIn: [], shares: [], replies: [] };
      const couple = { id: found.id, partnerId: found.partnerId };
      const optedIn = await repo.optedIn(couple.id);
      if (!optedIn.includes(userId) || !optedIn.includes(couple.partnerId)) return { couple, optedIn, shares: [], replies: [] };
      const [shares, replies] = await Promise.all([repo.shares([userId, couple.partnerId], read.fromDay), repo.replies(couple.id, read.since)]);
      return { couple, optedIn, shares, replies };
    },
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
      return rows.map(shareRow);
    },
    async replies(coupleId, since) {
      // Every part from a covering index: the replies by time, and the couple's check-ins of the same
      // weeks by range (materialized, so both engines hash or index them instead of a lookup per reply).
      const fromDay = recentFromDay(since);
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
        return toId ? [replyRow(r, toId)] : [];
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
  return repo;
}
