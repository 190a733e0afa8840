import type { Kysely, Selectable } from "kysely";
import type { Database, ReadinessResultsTable } from "../schema.ts";
import type { ReadinessRecord, ReadinessRepo } from "../store.ts";

const toRecord = (row: Selectable<ReadinessResultsTable>): ReadinessRecord => ({
  id: row.id,
  userId: row.user_id,
  version: row.version,
  answers: JSON.parse(row.answers) as Record<string, number>,
  result: JSON.parse(row.result) as unknown,
  shared: row.shared === 1,
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
          shared: r.shared ? 1 : 0,
          created_at: r.createdAt,
        })
        .execute();
    },
    async findById(id) {
      const row = await db.selectFrom("readiness_results").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async forUser(userId, sharedOnly) {
      let q = db.selectFrom("readiness_results").selectAll().where("user_id", "=", userId);
      if (sharedOnly) q = q.where("shared", "=", 1);
      const rows = await q.orderBy("created_at", "desc").orderBy("id", "desc").execute();
      return rows.map(toRecord);
    },
    async setShared(id, shared) {
      await db.updateTable("readiness_results").set({ shared: shared ? 1 : 0 }).where("id", "=", id).execute();
    },
    async delete(id) {
      await db.deleteFrom("readiness_results").where("id", "=", id).execute();
    },
  };
}
