import type { Kysely, Selectable } from "kysely";
import type { Database, UsersTable } from "../schema.ts";
import { compiledQuery } from "../compiled-query.ts";
import type { UserRecord, UserRepo } from "../store.ts";
import { rethrowUnique } from "../unique.ts";

export const toUserRecord = (row: Selectable<UsersTable>): UserRecord => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  passwordChangedAt: row.password_changed_at,
  defaultVisibility: row.default_visibility === "shared" ? "shared" : "private",
  country: row.country,
  role: row.role === "therapist" ? "therapist" : "partner",
  practiceName: row.practice_name,
});

// Every signed-in request reads its person: compiled once (compiled-query.ts).
const byId = compiledQuery<{ id: string }, Selectable<UsersTable>>((db, p) => db.selectFrom("users").selectAll().where("id", "=", p.id));

export function userRepo(db: Kysely<Database>): UserRepo {
  return {
    async create(user) {
      await db
        .insertInto("users")
        .values({
          id: user.id,
          email: user.email,
          display_name: user.displayName,
          password_hash: user.passwordHash,
          created_at: user.createdAt,
          password_changed_at: user.passwordChangedAt,
          default_visibility: user.defaultVisibility,
          country: user.country,
          role: user.role ?? "partner",
          practice_name: user.practiceName ?? null,
        })
        .execute()
        .catch(rethrowUnique("users_email"));
    },
    async findById(id) {
      const row = (await byId(db, { id })).rows[0];
      return row && toUserRecord(row);
    },
    async findByEmail(email) {
      const row = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
      return row && toUserRecord(row);
    },
    async updatePassword(id, passwordHash, at) {
      await db.updateTable("users").set({ password_hash: passwordHash, password_changed_at: at }).where("id", "=", id).execute();
    },
    async setDefaultVisibility(id, visibility) {
      await db.updateTable("users").set({ default_visibility: visibility }).where("id", "=", id).execute();
    },
    async delete(id) {
      await db.deleteFrom("users").where("id", "=", id).execute();
    },
    async setCountry(id, country) {
      await db.updateTable("users").set({ country }).where("id", "=", id).execute();
    },
  };
}
