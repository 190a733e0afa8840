import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { PasswordResetRepo, SecretRepo } from "../store.ts";

export function secretRepo(db: Kysely<Database>): SecretRepo {
  return {
    async getOrCreate(name, candidate, at) {
      // Insert-if-absent then read: whichever instance inserted first, all read its value.
      await db
        .insertInto("server_secrets")
        .values({ name, value: candidate, created_at: at })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db.selectFrom("server_secrets").select("value").where("name", "=", name).executeTakeFirstOrThrow();
      return row.value;
    },
  };
}

export function passwordResetRepo(db: Kysely<Database>): PasswordResetRepo {
  return {
    async create(r) {
      await db.insertInto("password_resets").values({ token_hash: r.tokenHash, user_id: r.userId, created_at: r.createdAt, expires_at: r.expiresAt }).execute();
    },
    async take(tokenHash) {
      // One DELETE … RETURNING: of two requests with the same code, only one gets the row.
      const row = await db
        .deleteFrom("password_resets")
        .where("token_hash", "=", tokenHash)
        .returning(["token_hash", "user_id", "created_at", "expires_at"])
        .executeTakeFirst();
      if (!row) return undefined;
      return { tokenHash: row.token_hash, userId: row.user_id, createdAt: Number(row.created_at), expiresAt: Number(row.expires_at) };
    },
    async deleteForUser(userId) {
      const result = await db.deleteFrom("password_resets").where("user_id", "=", userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom("password_resets").where("expires_at", "<", now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
