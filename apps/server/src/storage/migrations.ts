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
  "0002_daily_loop": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("users")
        .addColumn("default_visibility", "text", (c) => c.notNull().defaultTo("private"))
        .execute();

      await db.schema
        .createTable("checkins")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("author_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        // The couple it is shared within; null while private or when the author had no partner.
        .addColumn("couple_id", "text", (c) => c.references("couples.id").onDelete("set null"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("mad", "integer", (c) => c.notNull())
        .addColumn("sad", "integer", (c) => c.notNull())
        .addColumn("glad", "integer", (c) => c.notNull())
        .addColumn("fear", "integer", (c) => c.notNull())
        .addColumn("high", "text", (c) => c.notNull())
        .addColumn("low", "text", (c) => c.notNull())
        .addColumn("prompt_id", "text")
        .addColumn("mind_heart", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addUniqueConstraint("checkins_author_day", ["author_id", "day"])
        .execute();
      // The timeline reads newest-first within one couple: this index answers it alone.
      await db.schema
        .createIndex("checkins_timeline_idx")
        .on("checkins")
        .columns(["couple_id", "visibility", "created_at", "id"])
        .execute();

      await db.schema
        .createTable("replies")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("target_kind", "text", (c) => c.notNull())
        .addColumn("target_id", "text", (c) => c.notNull())
        .addColumn("author_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("coach_level", "integer")
        .addColumn("coach_pitfalls", "text", (c) => c.notNull())
        .addColumn("coach_moves", "text", (c) => c.notNull())
        .addColumn("feedback_heard", "integer")
        .addColumn("feedback_note", "text")
        .addColumn("feedback_at", "bigint")
        .execute();
      await db.schema
        .createIndex("replies_target_idx")
        .on("replies")
        .columns(["target_kind", "target_id", "created_at"])
        .execute();

      await db.schema
        .createTable("checkin_reads")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("checkin_id", "text", (c) => c.notNull().references("checkins.id").onDelete("cascade"))
        .addColumn("read_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("checkin_reads_pk", ["user_id", "checkin_id"])
        .execute();

      await db.schema
        .createTable("daily_answers")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("question_id", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addUniqueConstraint("daily_answers_one_each", ["couple_id", "day", "user_id"])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
