import type { Kysely, Selectable } from "kysely";
import type { DailyAnswersTable, Database } from "../schema.ts";
import type { AnswerRecord, AnswerRepo } from "../store.ts";
import { rethrowUnique } from "../unique.ts";

export const toRecord = (row: Selectable<DailyAnswersTable>): AnswerRecord => ({
  id: row.id,
  coupleId: row.couple_id,
  day: row.day,
  userId: row.user_id,
  questionId: row.question_id,
  text: row.text,
  createdAt: row.created_at,
});

export function answerRepo(db: Kysely<Database>): AnswerRepo {
  return {
    async create(a) {
      await db
        .insertInto("daily_answers")
        .values({
          id: a.id,
          couple_id: a.coupleId,
          day: a.day,
          user_id: a.userId,
          question_id: a.questionId,
          text: a.text,
          created_at: a.createdAt,
        })
        .execute()
        .catch(rethrowUnique("daily_answers_one_each"));
    },
    async findById(id) {
      const row = await db.selectFrom("daily_answers").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async byUser(userId) {
      const rows = await db.selectFrom("daily_answers").selectAll().where("user_id", "=", userId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toRecord);
    },
    async delete(id) {
      await db.deleteFrom("daily_answers").where("id", "=", id).execute();
    },
    async forCoupleDay(coupleId, day) {
      const rows = await db
        .selectFrom("daily_answers")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .where("day", "=", day)
        .orderBy("created_at", "asc")
        .execute();
      return rows.map(toRecord);
    },
  };
}
