import type { Kysely, Selectable } from "kysely";
import type { Database, PartnerNotesTable } from "../schema.ts";
import type { NoteRecord, NoteRepo } from "../store.ts";

const toRecord = (row: Selectable<PartnerNotesTable>): NoteRecord => ({
  id: row.id,
  authorId: row.author_id,
  subjectId: row.subject_id,
  category: row.category,
  text: row.text,
  promptId: row.prompt_id,
  visibility: row.visibility === "shown" ? "shown" : "private",
  response:
    row.response_status && row.response_at !== null
      ? { status: row.response_status === "corrected" ? "corrected" : "confirmed", correction: row.response_correction, at: row.response_at }
      : null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function noteRepo(db: Kysely<Database>): NoteRepo {
  return {
    async create(n) {
      await db
        .insertInto("partner_notes")
        .values({
          id: n.id,
          author_id: n.authorId,
          subject_id: n.subjectId,
          category: n.category,
          text: n.text,
          prompt_id: n.promptId,
          visibility: n.visibility,
          response_status: null,
          response_correction: null,
          response_at: null,
          created_at: n.createdAt,
          updated_at: n.updatedAt,
        })
        .execute();
    },
    async findById(id) {
      const row = await db.selectFrom("partner_notes").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },
    async byAuthorAbout(authorId, subjectId) {
      const rows = await db
        .selectFrom("partner_notes")
        .selectAll()
        .where("author_id", "=", authorId)
        .where("subject_id", "=", subjectId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .execute();
      return rows.map(toRecord);
    },
    async shownTo(subjectId, authorId) {
      const rows = await db
        .selectFrom("partner_notes")
        .selectAll()
        .where("subject_id", "=", subjectId)
        .where("author_id", "=", authorId)
        .where("visibility", "=", "shown")
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .execute();
      return rows.map(toRecord);
    },
    async update(id, ch) {
      await db
        .updateTable("partner_notes")
        .set({
          ...(ch.category !== undefined ? { category: ch.category } : {}),
          ...(ch.text !== undefined ? { text: ch.text } : {}),
          ...(ch.visibility !== undefined ? { visibility: ch.visibility } : {}),
          ...(ch.response !== undefined
            ? {
                response_status: ch.response?.status ?? null,
                response_correction: ch.response?.correction ?? null,
                response_at: ch.response?.at ?? null,
              }
            : {}),
          updated_at: ch.updatedAt,
        })
        .where("id", "=", id)
        .execute();
    },
    async byAuthor(authorId) {
      const rows = await db.selectFrom("partner_notes").selectAll().where("author_id", "=", authorId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toRecord);
    },
    async delete(id) {
      await db.deleteFrom("partner_notes").where("id", "=", id).execute();
    },
  };
}
