import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../schema.ts";
import type { DailyChoiceRepo } from "../store.ts";

const setsJson = z.array(z.string());

export function dailyChoiceRepo(db: Kysely<Database>): DailyChoiceRepo {
  return {
    async servedSince([a, b], sinceDay) {
      const rows = await db
        .selectFrom("daily_served")
        .select(["day", "seq", "question_id"])
        .where("user_a", "=", a)
        .where("user_b", "=", b)
        .where("day", ">=", sinceDay)
        .orderBy("day")
        .orderBy("seq")
        .execute();
      return rows.map((r) => ({ day: r.day, seq: Number(r.seq), questionId: r.question_id }));
    },
    async recordServed([a, b], served, at) {
      const result = await db
        .insertInto("daily_served")
        .values({ user_a: a, user_b: b, day: served.day, seq: served.seq, question_id: served.questionId, created_at: at })
        .onConflict((oc) => oc.columns(["user_a", "user_b", "day", "seq"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async answeredSince(userIds, sinceDay) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom("daily_answers")
        .select(["day", "question_id"])
        .where("user_id", "in", [...userIds])
        .where("day", ">=", sinceDay)
        .execute();
      return rows.map((r) => ({ day: r.day, questionId: r.question_id }));
    },
    async setSkip(userId, day, skip, at) {
      if (skip) {
        await db
          .insertInto("daily_skips")
          .values({ user_id: userId, day, created_at: at })
          .onConflict((oc) => oc.columns(["user_id", "day"]).doNothing())
          .execute();
      } else {
        await db.deleteFrom("daily_skips").where("user_id", "=", userId).where("day", "=", day).execute();
      }
    },
    async skipped(userIds, day) {
      if (userIds.length === 0) return [];
      const rows = await db
        .selectFrom("daily_skips")
        .select("user_id")
        .where("user_id", "in", [...userIds])
        .where("day", "=", day)
        .execute();
      return rows.map((r) => r.user_id);
    },
    async prefs(userId) {
      const row = await db.selectFrom("question_prefs").select(["sets", "rough_patch"]).where("user_id", "=", userId).executeTakeFirst();
      if (!row) return { sets: [], roughPatch: false };
      const parsed = setsJson.safeParse(JSON.parse(row.sets));
      return { sets: parsed.success ? parsed.data : [], roughPatch: Number(row.rough_patch) === 1 };
    },
    async setPrefs(userId, prefs, at) {
      const values = { sets: JSON.stringify([...new Set(prefs.sets)].sort()), rough_patch: prefs.roughPatch ? 1 : 0, updated_at: at };
      await db
        .insertInto("question_prefs")
        .values({ user_id: userId, ...values })
        .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
        .execute();
    },
  };
}
