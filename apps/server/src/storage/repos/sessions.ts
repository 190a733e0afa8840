import type { Kysely, Selectable } from "kysely";
import type { Database, SessionsTable, UsersTable } from "../schema.ts";
import { compiledQuery } from "../compiled-query.ts";
import type { SessionRecord, SessionRepo } from "../store.ts";
import { toUserRecord } from "./users.ts";

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
type UserColumns = { [K in keyof Selectable<UsersTable> as `user_${K & string}`]: Selectable<UsersTable>[K] };
const activeWithUser = compiledQuery<{ tokenHash: string; now: number }, Selectable<SessionsTable> & UserColumns>((db, p) =>
  db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .selectAll("s")
    .select([
      "u.id as user_id_",
      "u.email as user_email",
      "u.display_name as user_display_name",
      "u.password_hash as user_password_hash",
      "u.created_at as user_created_at",
      "u.password_changed_at as user_password_changed_at",
      "u.default_visibility as user_default_visibility",
      "u.country as user_country",
      "u.role as user_role",
      "u.practice_name as user_practice_name",
    ])
    .where("s.token_hash", "=", p.tokenHash)
    .where("s.expires_at", ">", p.now),
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
    async findActiveWithUser(tokenHash, now) {
      const row = (await activeWithUser(db, { tokenHash, now })).rows[0] as (Selectable<SessionsTable> & UserColumns & { user_id_: string }) | undefined;
      if (!row) return undefined;
      const user = toUserRecord({
        id: row.user_id_,
        email: row.user_email,
        display_name: row.user_display_name,
        password_hash: row.user_password_hash,
        created_at: row.user_created_at,
        password_changed_at: row.user_password_changed_at,
        default_visibility: row.user_default_visibility,
        country: row.user_country,
        role: row.user_role,
        practice_name: row.user_practice_name,
      });
      return { session: toRecord(row), user };
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
      const result = await db.deleteFrom("sessions").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
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
