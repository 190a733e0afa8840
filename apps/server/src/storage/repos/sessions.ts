import type { Kysely, Selectable } from "kysely";
import type { Database, SessionsTable } from "../schema.ts";
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
      const row = await db
        .selectFrom("sessions")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .where("expires_at", ">", now)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async touch(id, at, expiresAt) {
      await db
        .updateTable("sessions")
        .set({ last_seen_at: at, expires_at: expiresAt })
        .where("id", "=", id)
        .execute();
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
