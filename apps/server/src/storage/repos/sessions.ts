import type { Kysely, Selectable } from "kysely";
import type { Database, SessionsTable } from "../schema.ts";
import { compiledQuery } from "../compiled-query.ts";
import type { SessionRecord, SessionRepo } from "../store.ts";

const toRecord = (row: Selectable<SessionsTable>): SessionRecord => ({
  id: row.id,
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  userAgent: row.user_agent,
});

// Every signed-in request runs these: compiled once (compiled-query.ts).
const activeByTokenHash = compiledQuery<{ tokenHash: string; now: number }, Selectable<SessionsTable>>((db, p) =>
  db.selectFrom("sessions").selectAll().where("token_hash", "=", p.tokenHash).where("expires_at", ">", p.now),
);
const touchQuery = compiledQuery<{ id: string; at: number; expiresAt: number }, never>((db, p) =>
  db.updateTable("sessions").set({ last_seen_at: p.at, expires_at: p.expiresAt }).where("id", "=", p.id),
);

export function sessionRepo(db: Kysely<Database>): SessionRepo {
  return {
    async create(s) {
      await db
        .insertInto("sessions")
        .values({
          id: s.id,
          token_hash: s.tokenHash,
          user_id: s.userId,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
          user_agent: s.userAgent,
        })
        .execute();
    },
    async findActiveByTokenHash(tokenHash, now) {
      const row = (await activeByTokenHash(db, { tokenHash, now })).rows[0];
      return row && toRecord(row);
    },
    async touch(id, at, expiresAt) {
      await touchQuery(db, { id, at, expiresAt });
    },
    async listForUser(userId, now) {
      const rows = await db
        .selectFrom("sessions")
        .selectAll()
        .where("user_id", "=", userId)
        .where("expires_at", ">", now)
        .orderBy("last_seen_at", "desc")
        .execute();
      return rows.map(toRecord);
    },
    async deleteForUser(id, userId) {
      const result = await db
        .deleteFrom("sessions")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async deleteAllForUser(userId, keepId) {
      let query = db.deleteFrom("sessions").where("user_id", "=", userId);
      if (keepId !== null) query = query.where("id", "!=", keepId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
