import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { LoginFailureRepo } from "../store.ts";

export function loginFailureRepo(db: Kysely<Database>): LoginFailureRepo {
  return {
    async record(accountKey, at) {
      await db.insertInto("login_failures").values({ account_key: accountKey, at }).execute();
    },
    async since(accountKey, since) {
      const rows = await db
        .selectFrom("login_failures")
        .select("at")
        .where("account_key", "=", accountKey)
        .where("at", ">=", since)
        .orderBy("at", "asc")
        .execute();
      return rows.map((r) => r.at);
    },
    async clear(accountKey) {
      await db.deleteFrom("login_failures").where("account_key", "=", accountKey).execute();
    },
    async prune(before) {
      await db.deleteFrom("login_failures").where("at", "<", before).execute();
    },
  };
}
