import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, RepliesTable } from "../schema.ts";
import { compiledQuery } from "../compiled-query.ts";
import type { ReplyItem, ReplyRecord, ReplyRepo, ReplyTarget } from "../store.ts";

const ids = (s: string) => (s ? s.split(",") : []);

export const toRecord = (row: Selectable<RepliesTable>): ReplyRecord => ({
  id: row.id,
  targetKind: row.target_kind === "answer" ? "answer" : "checkin",
  targetId: row.target_id,
  authorId: row.author_id,
  coupleId: row.couple_id,
  body: row.body,
  createdAt: row.created_at,
  coach: row.coach_level === null ? null : { level: row.coach_level, pitfalls: ids(row.coach_pitfalls), moves: ids(row.coach_moves) },
  feedback: row.feedback_heard === null || row.feedback_at === null ? null : { heard: row.feedback_heard === 1, note: row.feedback_note, at: row.feedback_at },
});

// The reply path's queries, compiled once (compiled-query.ts).
const insertReply = compiledQuery<Omit<Insertable<RepliesTable>, "feedback_heard" | "feedback_note" | "feedback_at">, never>((db, p) =>
  db.insertInto("replies").values({
    id: p.id,
    target_kind: p.target_kind,
    target_id: p.target_id,
    author_id: p.author_id,
    couple_id: p.couple_id,
    body: p.body,
    created_at: p.created_at,
    coach_level: p.coach_level,
    coach_pitfalls: p.coach_pitfalls,
    coach_moves: p.coach_moves,
    feedback_heard: null,
    feedback_note: null,
    feedback_at: null,
  }),
);
const byId = compiledQuery<{ id: string }, Selectable<RepliesTable>>((db, p) => db.selectFrom("replies").selectAll().where("id", "=", p.id));
const forTarget = compiledQuery<{ kind: ReplyTarget; targetId: string }, Selectable<RepliesTable> & { author_name: string }>((db, p) =>
  db
    .selectFrom("replies")
    .innerJoin("users", "users.id", "replies.author_id")
    .selectAll("replies")
    .select("users.display_name as author_name")
    .where("target_kind", "=", p.kind)
    .where("target_id", "=", p.targetId)
    .orderBy("replies.created_at", "asc")
    .orderBy("replies.id", "asc"),
);

export function replyRepo(db: Kysely<Database>): ReplyRepo {
  return {
    async create(r) {
      await insertReply(db, {
        id: r.id,
        target_kind: r.targetKind,
        target_id: r.targetId,
        author_id: r.authorId,
        couple_id: r.coupleId,
        body: r.body,
        created_at: r.createdAt,
        coach_level: r.coach?.level ?? null,
        coach_pitfalls: (r.coach?.pitfalls ?? []).join(","),
        coach_moves: (r.coach?.moves ?? []).join(","),
      });
    },
    async findById(id) {
      const row = (await byId(db, { id })).rows[0];
      return row && toRecord(row);
    },
    async listForTarget(kind, targetId): Promise<ReplyItem[]> {
      const { rows } = await forTarget(db, { kind, targetId });
      return rows.map((row) => ({ ...toRecord(row), authorName: row.author_name }));
    },
    async setFeedback(id, f) {
      await db
        .updateTable("replies")
        .set({ feedback_heard: f.heard ? 1 : 0, feedback_note: f.note, feedback_at: f.at })
        .where("id", "=", id)
        .execute();
    },
    async byAuthor(authorId) {
      const rows = await db.selectFrom("replies").selectAll().where("author_id", "=", authorId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toRecord);
    },
    async delete(id) {
      await db.deleteFrom("replies").where("id", "=", id).execute();
    },
    async deleteForTarget(kind, targetId) {
      await db.deleteFrom("replies").where("target_kind", "=", kind).where("target_id", "=", targetId).execute();
    },
  };
}
