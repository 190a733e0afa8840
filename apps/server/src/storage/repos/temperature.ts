import type { Kysely, Selectable } from "kysely";
import type { Database, TemperatureEntriesTable, TemperatureReadingsTable } from "../schema.ts";
import type { TemperatureEntryRecord, TemperatureReadingRecord, TemperatureRepo } from "../store.ts";
import { rethrowUnique } from "../unique.ts";

const toReading = (row: Selectable<TemperatureReadingsTable>): TemperatureReadingRecord => ({
  id: row.id,
  coupleId: row.couple_id,
  startedBy: row.started_by,
  mode: row.mode === "together" ? "together" : "apart",
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

const toEntry = (row: Selectable<TemperatureEntriesTable>): TemperatureEntryRecord => ({
  readingId: row.reading_id,
  authorId: row.author_id,
  part: row.part,
  text: row.text,
  updatedAt: row.updated_at,
});

export function temperatureRepo(db: Kysely<Database>): TemperatureRepo {
  return {
    async create(r) {
      await db
        .insertInto("temperature_readings")
        .values({ id: r.id, couple_id: r.coupleId, started_by: r.startedBy, mode: r.mode, created_at: r.createdAt, finished_at: r.finishedAt })
        .execute()
        .catch(rethrowUnique("temperature_readings_one_open"));
    },
    async findById(id) {
      const row = await db.selectFrom("temperature_readings").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toReading(row);
    },
    async openForCouple(coupleId) {
      const row = await db.selectFrom("temperature_readings").selectAll().where("couple_id", "=", coupleId).where("finished_at", "is", null).executeTakeFirst();
      return row && toReading(row);
    },
    async finishedForCouple(coupleId, limit, before) {
      let query = db.selectFrom("temperature_readings").selectAll().where("couple_id", "=", coupleId).where("finished_at", "is not", null);
      if (before) {
        const key = Number(before.key);
        query = query.where((eb) => eb.or([eb("created_at", "<", key), eb.and([eb("created_at", "=", key), eb("id", "<", before.id)])]));
      }
      const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
      return rows.map(toReading);
    },
    async entriesOf(readingIds) {
      if (readingIds.length === 0) return [];
      const rows = await db.selectFrom("temperature_entries").selectAll().where("reading_id", "in", readingIds).execute();
      return rows.map(toEntry);
    },
    async putEntry(e) {
      if (e.text === "") {
        await db
          .deleteFrom("temperature_entries")
          .where("reading_id", "=", e.readingId)
          .where("author_id", "=", e.authorId)
          .where("part", "=", e.part)
          .execute();
        return;
      }
      await db
        .insertInto("temperature_entries")
        .values({ reading_id: e.readingId, author_id: e.authorId, part: e.part, text: e.text, updated_at: e.updatedAt })
        .onConflict((oc) => oc.columns(["reading_id", "author_id", "part"]).doUpdateSet({ text: e.text, updated_at: e.updatedAt }))
        .execute();
    },
    async finishesOf(readingIds) {
      if (readingIds.length === 0) return [];
      const rows = await db.selectFrom("temperature_finishes").selectAll().where("reading_id", "in", readingIds).execute();
      return rows.map((row) => ({ readingId: row.reading_id, userId: row.user_id, finishedAt: row.finished_at }));
    },
    async markFinished(f) {
      await db
        .insertInto("temperature_finishes")
        .values({ reading_id: f.readingId, user_id: f.userId, finished_at: f.finishedAt })
        .onConflict((oc) => oc.columns(["reading_id", "user_id"]).doNothing())
        .execute();
    },
    async close(readingId, at) {
      await db.updateTable("temperature_readings").set({ finished_at: at }).where("id", "=", readingId).where("finished_at", "is", null).execute();
    },
    async entriesByAuthor(authorId) {
      const rows = await db.selectFrom("temperature_entries").selectAll().where("author_id", "=", authorId).orderBy("updated_at").execute();
      return rows.map(toEntry);
    },
  };
}
