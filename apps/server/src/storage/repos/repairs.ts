import type { Kysely, Selectable } from "kysely";
import type { Database, RepairSessionsTable } from "../schema.ts";
import type { RepairRecord, RepairRepo } from "../store.ts";
import { rethrowUnique } from "../unique.ts";

export const toRecord = (row: Selectable<RepairSessionsTable>): RepairRecord => ({
  id: row.id,
  coupleId: row.couple_id,
  aId: row.a_id,
  bId: row.b_id,
  mode: row.mode === "together" ? "together" : "apart",
  state: JSON.parse(row.state) as unknown,
  open: row.open === 1,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function repairRepo(db: Kysely<Database>): RepairRepo {
  return {
    async create(r) {
      await db
        .insertInto("repair_sessions")
        .values({
          id: r.id,
          couple_id: r.coupleId,
          a_id: r.aId,
          b_id: r.bId,
          mode: r.mode,
          state: JSON.stringify(r.state),
          open: r.open ? 1 : 0,
          version: r.version,
          created_at: r.createdAt,
          updated_at: r.updatedAt,
        })
        .execute()
        .catch(rethrowUnique("repair_sessions_one_open"));
    },
    async findById(id) {
      const row = await db.selectFrom("repair_sessions").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async openForCouple(coupleId) {
      const row = await db.selectFrom("repair_sessions").selectAll().where("couple_id", "=", coupleId).where("open", "=", 1).executeTakeFirst();
      return row && toRecord(row);
    },
    async latestForCouple(coupleId) {
      const row = await db
        .selectFrom("repair_sessions")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .orderBy("updated_at", "desc")
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async forPerson(userId) {
      const rows = await db
        .selectFrom("repair_sessions")
        .selectAll()
        .where((eb) => eb.or([eb("a_id", "=", userId), eb("b_id", "=", userId)]))
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
    async saveState(id, version, state, open, at) {
      const result = await db
        .updateTable("repair_sessions")
        .set({ state: JSON.stringify(state), open: open ? 1 : 0, version: version + 1, updated_at: at })
        .where("id", "=", id)
        .where("version", "=", version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
