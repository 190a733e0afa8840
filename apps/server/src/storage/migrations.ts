import type { Kysely, Migration, MigrationProvider } from "kysely";
import { sql } from "kysely";

/**
 * Migrations live in code (not files on disk) so the same list runs from source,
 * from tests and from any bundle, on SQLite and on PostgreSQL. Only portable DDL:
 * text ids, bigint times, partial unique indexes (both engines support them).
 */
const migrations: Record<string, Migration> = {
  "0001_accounts_and_couples": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("password_changed_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("last_seen_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("user_agent", "text")
        .execute();
      await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

      await db.schema
        .createTable("couples")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("ended_at", "bigint")
        .execute();

      await db.schema
        .createTable("couple_members")
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("joined_at", "bigint", (c) => c.notNull())
        .addColumn("left_at", "bigint")
        .addPrimaryKeyConstraint("couple_members_pk", ["couple_id", "user_id"])
        .execute();
      // A person is in at most one couple at a time: the database enforces it, so
      // two invites accepted at the same moment cannot both succeed.
      await db.schema
        .createIndex("couple_members_one_active")
        .on("couple_members")
        .column("user_id")
        .unique()
        .where(sql.ref("left_at"), "is", null)
        .execute();

      await db.schema
        .createTable("invites")
        .addColumn("code", "text", (c) => c.primaryKey())
        .addColumn("inviter_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("accepted_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("accepted_at", "bigint")
        .execute();
      await db.schema.createIndex("invites_inviter_idx").on("invites").column("inviter_id").execute();

      await db.schema
        .createTable("login_failures")
        .addColumn("account_key", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("login_failures_key_at_idx")
        .on("login_failures")
        .columns(["account_key", "at"])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
