import { PostgresAdapter, sql, type Kysely } from "kysely";
import { compiledQuery } from "../compiled-query.ts";
import type { Database } from "../schema.ts";
import type { InsightRepo } from "../store.ts";
import { coupleRepo } from "./couples.ts";
import { pgCoupleRows, pgPersonRows } from "./insights-reads.ts";
import { recentFromDay, replyRow, shareRow } from "./insights-rows.ts";

type ShareTuple = [string, string, string | null, string, string, number, number, number, number, number, number | null, string | null];
type ReplyTuple = [string, string, string, number, number | null, string | null, number | null, number | null, string | null];

// Each read is built and compiled once and returns arrays (compiled-query.ts): on SQLite the
// builder and an object per row cost more than the indexed reads themselves.

/** One person's or a couple's check-ins from `fromDay` (the (author_id, day) index), with the coach's facts. */
const sharesOf = compiledQuery<{ a: string; b: string; fromDay: string }, ShareTuple>(
  (db, p) =>
    db
      .selectFrom("checkins as c")
      .leftJoin("checkin_facts as f", "f.checkin_id", "c.id")
      .select(["c.id", "c.author_id", "c.couple_id", "c.day", "c.visibility", "c.mad", "c.sad", "c.glad", "c.fear", "c.created_at", "f.inner_layer", "f.words"])
      .where("c.author_id", "in", [p.a, p.b])
      .where("c.day", ">=", p.fromDay)
      .orderBy("c.day"),
  { arrays: true },
);

/**
 * The couple's replies since `since`, every part from a covering index: the replies by time, and
 * the couple's check-ins of the same weeks by range (materialized, so both engines hash or index
 * them instead of a lookup per reply).
 */
const repliesOf = compiledQuery<{ coupleId: string; since: number; fromDay: string }, ReplyTuple>(
  (db, p) =>
    db
      .with(
        (cte) => cte("recent_checkins").materialized(),
        (qb) =>
          qb
            .selectFrom("checkins")
            .select(["id", "author_id"])
            .where("author_id", "in", db.selectFrom("couple_members").select("user_id").where("couple_id", "=", p.coupleId))
            .where("day", ">=", p.fromDay),
      )
      .selectFrom("replies as r")
      .leftJoin("recent_checkins as c", (j) => j.onRef("c.id", "=", "r.target_id").on("r.target_kind", "=", "checkin"))
      .leftJoin("daily_answers as a", (j) => j.onRef("a.id", "=", "r.target_id").on("r.target_kind", "=", "answer"))
      .select(["r.target_kind", "r.target_id", "r.author_id", "r.created_at", "r.coach_level", "r.coach_pitfalls", "r.feedback_heard", "r.feedback_at"])
      .select(sql<string | null>`coalesce(c.author_id, a.user_id)`.as("to_id"))
      .where("r.couple_id", "=", p.coupleId)
      .where("r.created_at", ">=", p.since)
      .orderBy("r.created_at"),
  { arrays: true },
);

const firstLevelsOf = compiledQuery<{ authorId: string; limit: number }, [number]>(
  (db, p) =>
    db
      .selectFrom("replies")
      .select("coach_level")
      .where("author_id", "=", p.authorId)
      .where("coach_level", "is not", null)
      .orderBy("created_at")
      .limit(p.limit),
  { arrays: true },
);

const mutedOf = compiledQuery<{ userId: string }, [string]>(
  (db, p) => db.selectFrom("insight_mutes").select("sign").where("user_id", "=", p.userId).orderBy("sign"),
  { arrays: true },
);

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
      const a = authorIds[0];
      if (a === undefined) return [];
      if (authorIds.length > 2) throw new Error("insights read the check-ins of one person or a couple");
      const { rows } = await sharesOf(db, { a, b: authorIds[1] ?? a, fromDay });
      return rows.map(([id, author_id, couple_id, day, visibility, mad, sad, glad, fear, created_at, inner_layer, words]) =>
        shareRow({ id, author_id, couple_id, day, visibility, mad, sad, glad, fear, created_at, inner_layer, words }),
      );
    },
    async replies(coupleId, since) {
      const rows = (await repliesOf(db, { coupleId, since, fromDay: recentFromDay(since) })).rows.map(
        ([target_kind, target_id, author_id, created_at, coach_level, coach_pitfalls, feedback_heard, feedback_at, to_id]) => ({
          target_kind,
          target_id,
          author_id,
          created_at,
          coach_level,
          coach_pitfalls,
          feedback_heard,
          feedback_at,
          to_id,
        }),
      );
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
      return (await firstLevelsOf(db, { authorId, limit })).rows.map(([level]) => level);
    },
    async mutedSigns(userId) {
      return (await mutedOf(db, { userId })).rows.map(([sign]) => sign);
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
