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
      await db.schema.createIndex("couple_members_one_active").on("couple_members").column("user_id").unique().where(sql.ref("left_at"), "is", null).execute();

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
      await db.schema.createIndex("login_failures_key_at_idx").on("login_failures").columns(["account_key", "at"]).execute();
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
      await db.schema.createIndex("checkins_timeline_idx").on("checkins").columns(["couple_id", "visibility", "created_at", "id"]).execute();

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
      await db.schema.createIndex("replies_target_idx").on("replies").columns(["target_kind", "target_id", "created_at"]).execute();

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
  "0003_practice": {
    async up(db: Kysely<unknown>) {
      // Partner map: what one person understood of their partner's inner world.
      await db.schema
        .createTable("partner_notes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("author_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("subject_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("prompt_id", "text")
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("response_status", "text")
        .addColumn("response_correction", "text")
        .addColumn("response_at", "bigint")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("partner_notes_author_idx").on("partner_notes").columns(["author_id", "subject_id", "created_at"]).execute();
      await db.schema.createIndex("partner_notes_subject_idx").on("partner_notes").columns(["subject_id", "author_id"]).execute();

      await db.schema
        .createTable("readiness_results")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("answers", "text", (c) => c.notNull())
        .addColumn("result", "text", (c) => c.notNull())
        .addColumn("shared", "integer", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("library_favourites")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("library_favourites_pk", ["user_id", "item_id"])
        .execute();
      await db.schema
        .createTable("library_done")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("done_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("library_done_pk", ["user_id", "item_id"])
        .execute();
      await db.schema
        .createTable("library_tries")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("inviter_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("inviter_done_at", "bigint")
        .addColumn("partner_done_at", "bigint")
        .execute();
      await db.schema.createIndex("library_tries_couple_idx").on("library_tries").columns(["couple_id", "created_at"]).execute();

      await db.schema
        .createTable("repair_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("a_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("b_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("mode", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("open", "integer", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      // At most one open repair per couple, enforced by the database on both engines.
      await db.schema.createIndex("repair_sessions_one_open").on("repair_sessions").column("couple_id").unique().where(sql.ref("open"), "=", 1).execute();
    },
  },
  "0004_timeline_index_with_author": {
    async up(db: Kysely<unknown>) {
      // The unread count reads the author of the newest entries: with author_id in the
      // index it never touches the table rows, however long the history grows.
      await db.schema.createIndex("checkins_couple_feed_idx").on("checkins").columns(["couple_id", "visibility", "created_at", "id", "author_id"]).execute();
      await db.schema.dropIndex("checkins_timeline_idx").execute();
    },
  },
  "0005_rate_limits_and_sweeps": {
    async up(db: Kysely<unknown>) {
      // Request counts per key and window, in the database so that every server
      // instance counts against the same limit.
      await db.schema
        .createTable("rate_limit_hits")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_start", "bigint", (c) => c.notNull())
        .addColumn("hits", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("rate_limit_hits_window_idx").on("rate_limit_hits").column("window_start").execute();
      // The periodic sweep deletes by age; without these it would read whole tables.
      await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();
      await db.schema.createIndex("login_failures_at_idx").on("login_failures").column("at").execute();
    },
  },
  "0006_readiness_shared_with_a_couple": {
    async up(db: Kysely<unknown>) {
      // Sharing a result was a flag on the result, so a result shared with a former
      // partner showed to the next one. A share now names the couple it was made in.
      await db.schema
        .alterTable("readiness_results")
        .addColumn("shared_couple_id", "text", (c) => c.references("couples.id").onDelete("set null"))
        .execute();
      // Old shares are kept only where they can only have been made in the couple that is
      // active now (the result was taken after that couple formed); the rest are withdrawn.
      await sql`update readiness_results set shared_couple_id = (
          select m.couple_id from couple_members m join couples c on c.id = m.couple_id
          where m.user_id = readiness_results.user_id and m.left_at is null and c.ended_at is null and m.joined_at <= readiness_results.created_at
        ) where shared = 1`.execute(db);
      await sql`update readiness_results set shared = case when shared_couple_id is null then 0 else 1 end`.execute(db);
    },
  },
  "0007_country_for_help": {
    async up(db: Kysely<unknown>) {
      // The country a person chose, so the safety layer shows their own help services first.
      await db.schema.alterTable("users").addColumn("country", "text").execute();
      // "May this couple start a repair yet?" reads the couple's latest repair.
      await db.schema.createIndex("repair_sessions_couple_latest_idx").on("repair_sessions").columns(["couple_id", "updated_at"]).execute();
    },
  },
  "0009_login_throttle_and_reset": {
    async up(db: Kysely<unknown>) {
      // Keys every instance must agree on (the device-cookie signing key), made once by
      // whichever instance needs one first.
      await db.schema
        .createTable("server_secrets")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      // Password reset codes: only a hash of each code, deleted when used or swept when expired.
      await db.schema
        .createTable("password_resets")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("password_resets_user_idx").on("password_resets").column("user_id").execute();
      await db.schema.createIndex("password_resets_expires_idx").on("password_resets").column("expires_at").execute();
    },
  },
  "0012_daily_question_choices": {
    async up(db: Kysely<unknown>) {
      // What each pair was served, so a release adding or retiring questions never
      // reshuffles their days and nothing comes back within a year.
      await db.schema
        .createTable("daily_served")
        .addColumn("user_a", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("user_b", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("question_id", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("daily_served_pk", ["user_a", "user_b", "day", "seq"])
        .execute();
      await db.schema.createIndex("daily_served_user_b_idx").on("daily_served").column("user_b").execute();
      await db.schema
        .createTable("daily_skips")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("daily_skips_pk", ["user_id", "day"])
        .execute();
      await db.schema
        .createTable("question_prefs")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("sets", "text", (c) => c.notNull())
        .addColumn("rough_patch", "integer", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      // "Never serve what the couple answered within the year" reads answers by person and day.
      await db.schema.createIndex("daily_answers_user_day_idx").on("daily_answers").columns(["user_id", "day"]).execute();
    },
  },
  "0010_push_notifications": {
    async up(db: Kysely<unknown>) {
      // One row per device that receives notifications. It belongs to the session it was
      // made in: logging out (or the session ending) stops notifications on that device.
      await db.schema
        .createTable("push_subscriptions")
        .addColumn("endpoint", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("session_id", "text", (c) => c.notNull().references("sessions.id").onDelete("cascade"))
        .addColumn("p256dh", "text", (c) => c.notNull())
        .addColumn("auth", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("push_subscriptions_user_idx").on("push_subscriptions").column("user_id").execute();
      await db.schema.createIndex("push_subscriptions_session_idx").on("push_subscriptions").column("session_id").execute();
      // What each person opted in to; kinds is a JSON array of kind names.
      await db.schema
        .createTable("push_prefs")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("kinds", "text", (c) => c.notNull())
        .addColumn("reminder_time", "text")
        .addColumn("quiet_from", "text")
        .addColumn("quiet_to", "text")
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .execute();
      // A claimed send: the first instance to insert a key sends, every other skips. Keys
      // name an event and a recipient ("reply:<id>:<user>"), never anything written.
      await db.schema
        .createTable("push_sends")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("push_sends_at_idx").on("push_sends").column("at").execute();
      await db.schema.createIndex("push_sends_user_idx").on("push_sends").column("user_id").execute();
    },
  },
  "0014_thread_seen": {
    async up(db: Kysely<unknown>) {
      // When the sharer last opened each of their threads: replies from the partner that
      // came later are "new" on Today. One row per person and thread, moved forward on open.
      await db.schema
        .createTable("thread_seen")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("target_kind", "text", (c) => c.notNull())
        .addColumn("target_id", "text", (c) => c.notNull())
        .addColumn("seen_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("thread_seen_pk", ["user_id", "target_kind", "target_id"])
        .execute();
      // Today counts the partner's replies in a couple newer than a time.
      await db.schema.createIndex("replies_couple_created_idx").on("replies").columns(["couple_id", "created_at"]).execute();
    },
  },
  "0015_temperature_readings": {
    async up(db: Kysely<unknown>) {
      // The Daily Temperature Reading: one sitting of the couple's five-part ritual.
      await db.schema
        .createTable("temperature_readings")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        // Null once the person who started it deletes their account: the partner's words stay theirs.
        .addColumn("started_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("mode", "text", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("finished_at", "bigint")
        .execute();
      // At most one open reading per couple, even when both partners press Start at once.
      await db.schema
        .createIndex("temperature_readings_one_open")
        .on("temperature_readings")
        .column("couple_id")
        .unique()
        .where(sql.ref("finished_at"), "is", null)
        .execute();
      // The history reads one couple newest first.
      await db.schema.createIndex("temperature_readings_couple_idx").on("temperature_readings").columns(["couple_id", "created_at", "id"]).execute();
      await db.schema
        .createTable("temperature_entries")
        .addColumn("reading_id", "text", (c) => c.notNull().references("temperature_readings.id").onDelete("cascade"))
        .addColumn("author_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("part", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("temperature_entries_pk", ["reading_id", "author_id", "part"])
        .execute();
      await db.schema.createIndex("temperature_entries_author_idx").on("temperature_entries").column("author_id").execute();
      // Who has said "I'm done" in a reading: the reveal waits for both.
      await db.schema
        .createTable("temperature_finishes")
        .addColumn("reading_id", "text", (c) => c.notNull().references("temperature_readings.id").onDelete("cascade"))
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("finished_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("temperature_finishes_pk", ["reading_id", "user_id"])
        .execute();
    },
  },
  "0011_insights": {
    async up(db: Kysely<unknown>) {
      // What the coach read in each check-in (depth and feeling words), kept at write time so
      // insights never run the coach over a history: numbers and ids only, no text.
      await db.schema
        .createTable("checkin_facts")
        .addColumn("checkin_id", "text", (c) => c.primaryKey().references("checkins.id").onDelete("cascade"))
        .addColumn("inner_layer", "integer")
        .addColumn("words", "text", (c) => c.notNull())
        .execute();
      // A couple's replies of the last weeks by time are read through replies_couple_created_idx (0014).
      // "Since you started": a person's first replies the coach read.
      await db.schema.createIndex("replies_author_time_idx").on("replies").columns(["author_id", "created_at"]).execute();
      // A sign a person chose not to see again (until they unmute it).
      await db.schema
        .createTable("insight_mutes")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("sign", "text", (c) => c.notNull())
        .addColumn("muted_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("insight_mutes_pk", ["user_id", "sign"])
        .execute();
      // "Our insights": each partner's own yes, per couple; a new couple starts with none.
      await db.schema
        .createTable("insight_opt_ins")
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("insight_opt_ins_pk", ["couple_id", "user_id"])
        .execute();
    },
  },
  "0019_insights_read_from_indexes": {
    async up(db: Kysely<unknown>) {
      // Insights read a few hundred rows per request; from covering indexes they come from
      // contiguous index pages instead of one random table page each (docs/performance.md).
      // A person's check-ins by day, with all that insights count of them.
      await db.schema
        .createIndex("checkins_insights_idx")
        .on("checkins")
        .columns(["author_id", "day", "visibility", "couple_id", "created_at", "mad", "sad", "glad", "fear", "id"])
        .execute();
      // A couple's replies by time, with the coach's verdict and the felt-heard answer.
      await db.schema
        .createIndex("replies_insights_idx")
        .on("replies")
        .columns(["couple_id", "created_at", "target_kind", "target_id", "author_id", "coach_level", "coach_pitfalls", "feedback_heard", "feedback_at"])
        .execute();
      // "Since you started": a person's first replies the coach read, with its level.
      await db.schema.createIndex("replies_author_level_idx").on("replies").columns(["author_id", "created_at", "coach_level"]).execute();
    },
  },
  "0016_account_roles": {
    async up(db: Kysely<unknown>) {
      // A professional account (issue 16): a therapist has no couple and sees only what couples grant.
      await db.schema
        .alterTable("users")
        .addColumn("role", "text", (c) => c.notNull().defaultTo("partner"))
        .execute();
      await db.schema.alterTable("users").addColumn("practice_name", "text").execute();
    },
  },
  "0017_therapist_grants": {
    async up(db: Kysely<unknown>) {
      // One couple's sharing with one therapist. `asked_scopes` is what the couple asks now
      // (JSON array); what the therapist may read is what BOTH partners consented to
      // (therapist_grant_consents), computed by the domain. Ended grants stay (the couple's
      // list and the therapist's "access ended"); ended_by is a plain id (its person may be gone).
      await db.schema
        .createTable("therapist_grants")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couples.id").onDelete("cascade"))
        .addColumn("inviter_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("therapist_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("invite_code", "text", (c) => c.notNull().unique())
        .addColumn("invite_expires_at", "bigint", (c) => c.notNull())
        .addColumn("asked_scopes", "text", (c) => c.notNull())
        .addColumn("ends_on", "text")
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("joined_at", "bigint")
        .addColumn("ended_at", "bigint")
        .addColumn("end_reason", "text")
        .addColumn("ended_by", "text")
        .execute();
      await db.schema.createIndex("therapist_grants_couple_idx").on("therapist_grants").column("couple_id").execute();
      await db.schema.createIndex("therapist_grants_therapist_idx").on("therapist_grants").column("therapist_id").execute();
      // Each partner's own yes, to the scope set they saw (JSON array).
      await db.schema
        .createTable("therapist_grant_consents")
        .addColumn("grant_id", "text", (c) => c.notNull().references("therapist_grants.id").onDelete("cascade"))
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("scopes", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("therapist_grant_consents_pk", ["grant_id", "user_id"])
        .execute();
      // Single entries a partner hid from the therapist after the fact.
      await db.schema
        .createTable("therapist_grant_exclusions")
        .addColumn("grant_id", "text", (c) => c.notNull().references("therapist_grants.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("entry_id", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("therapist_grant_exclusions_pk", ["grant_id", "kind", "entry_id"])
        .execute();
      // Every read by the therapist: what and when, shown to both partners and to the therapist.
      await db.schema
        .createTable("therapist_access_log")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("grant_id", "text", (c) => c.notNull().references("therapist_grants.id").onDelete("cascade"))
        .addColumn("what", "text", (c) => c.notNull())
        .addColumn("from_day", "text")
        .addColumn("to_day", "text")
        .addColumn("at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("therapist_access_log_grant_idx").on("therapist_access_log").columns(["grant_id", "at", "id"]).execute();
    },
  },
  "0018_held_notices_and_moments": {
    async up(db: Kysely<unknown>) {
      // A partner's notice that came in someone's quiet hours, held until they end. Ids and
      // kinds only (the event that earned it), never words; one row per notice and person.
      await db.schema
        .createTable("push_held")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("event", "text", (c) => c.notNull())
        .addColumn("held_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("push_held_pk", ["user_id", "key"])
        .execute();
      // A warm moment (linked, first check-in, first day both answered) each person has
      // been shown, so another device does not show it again.
      await db.schema
        .createTable("moments_seen")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("moment", "text", (c) => c.notNull())
        .addColumn("seen_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("moments_seen_pk", ["user_id", "moment"])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
