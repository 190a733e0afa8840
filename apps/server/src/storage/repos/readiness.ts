import type { Kysely, Selectable } from "kysely";
import type { Database, ReadinessResultsTable } from "../schema.ts";
import type { ReadinessRecord, ReadinessRepo } from "../store.ts";

export const toRecord = (row: Selectable<ReadinessResultsTable>): ReadinessRecord => ({
  id: row.id,
  userId: row.user_id,
  version: row.version,
  answers: JSON.parse(row.answers) as Record<string, number>,
  result: JSON.parse(row.result) as unknown,
  sharedCoupleId: row.shared_couple_id,
  createdAt: row.created_at,
});

export function readinessRepo(db: Kysely<Database>): ReadinessRepo {
  return {
    async create(r) {
      await db
        .insertInto("readiness_results")
        .values({
          id: r.id,
          user_id: r.userId,
          version: r.version,
          answers: JSON.stringify(r.answers),
          result: JSON.stringify(r.result),
          shared: r.sharedCoupleId === null ? 0 : 1,
          shared_couple_id: r.sharedCoupleId,
          created_at: r.createdAt,
        })
        .execute();
    },
    async findById(id) {
      const row = await db.selectFrom("readiness_results").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async forUser(userId, sharedWithCouple) {
      let q = db.selectFrom("readiness_results").selectAll().where("user_id", "=", userId);
      if (sharedWithCouple !== undefined) q = q.where("shared_couple_id", "=", sharedWithCouple);
      const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").execute();
      return rows.map(toRecord);
    },
    async setSharedCouple(id, coupleId) {
      await db
        .updateTable("readiness_results")
        .set({ shared: coupleId === null ? 0 : 1, shared_couple_id: coupleId })
        .where("id", "=", id)
        .execute();
    },
    async delete(id) {
      await db.deleteFrom("readiness_results").where("id", "=", id).execute();
    },
  };
}
