import type { Kysely, Selectable } from "kysely";
import { compiledQuery } from "../compiled-query.ts";
import type { Database, PushHeldTable, PushPrefsTable, PushSubscriptionsTable } from "../schema.ts";
import type { HeldNoticeRecord, PushPrefsRecord, PushRepo, PushSubscriptionRecord } from "../store.ts";

const toSubscription = (r: Selectable<PushSubscriptionsTable>): PushSubscriptionRecord => ({
  endpoint: r.endpoint,
  userId: r.user_id,
  sessionId: r.session_id,
  p256dh: r.p256dh,
  auth: r.auth,
  createdAt: Number(r.created_at),
});

const toPrefs = (r: Selectable<PushPrefsTable>): PushPrefsRecord => ({
  userId: r.user_id,
  kinds: JSON.parse(r.kinds) as string[],
  reminderTime: r.reminder_time,
  quietHours: r.quiet_from && r.quiet_to ? { from: r.quiet_from, to: r.quiet_to } : null,
  timeZone: r.time_zone,
  updatedAt: Number(r.updated_at),
});

const toHeld = (r: Selectable<PushHeldTable>): HeldNoticeRecord => ({
  userId: r.user_id,
  key: r.key,
  kind: r.kind,
  event: JSON.parse(r.event) as HeldNoticeRecord["event"],
  heldAt: Number(r.held_at),
});

// Asked after every partner event (push/event-notice.ts): compiled once, one statement.
const noticeContextQuery = compiledQuery<
  { actorId: string },
  { couple_id: string; partner_id: string; actor_name: string; partner_has_device: number | boolean }
>((db, p) =>
  db
    .selectFrom("couple_members as me")
    .innerJoin("couples", "couples.id", "me.couple_id")
    .innerJoin("couple_members as partner", (join) => join.onRef("partner.couple_id", "=", "me.couple_id").onRef("partner.user_id", "!=", "me.user_id"))
    .innerJoin("users as actor", "actor.id", "me.user_id")
    .select((eb) => [
      "couples.id as couple_id",
      "partner.user_id as partner_id",
      "actor.display_name as actor_name",
      eb.exists(eb.selectFrom("push_subscriptions as s").select("s.endpoint").whereRef("s.user_id", "=", "partner.user_id")).as("partner_has_device"),
    ])
    .where("me.user_id", "=", p.actorId)
    .where("me.left_at", "is", null)
    .where("couples.ended_at", "is", null),
);

export function pushRepo(db: Kysely<Database>): PushRepo {
  return {
    async noticeContext(actorId) {
      const row = (await noticeContextQuery(db, { actorId })).rows[0];
      if (!row) return undefined;
      // SQLite answers exists() with 0/1, PostgreSQL with a boolean.
      return { coupleId: row.couple_id, partnerId: row.partner_id, actorName: row.actor_name, partnerHasDevice: Number(row.partner_has_device) === 1 };
    },
    async saveSubscription(s) {
      const row = { endpoint: s.endpoint, user_id: s.userId, session_id: s.sessionId, p256dh: s.p256dh, auth: s.auth, created_at: s.createdAt };
      // A device's endpoint follows whoever subscribed on it last (a shared device).
      await db
        .insertInto("push_subscriptions")
        .values(row)
        .onConflict((oc) =>
          oc.column("endpoint").doUpdateSet({ user_id: s.userId, session_id: s.sessionId, p256dh: s.p256dh, auth: s.auth, created_at: s.createdAt }),
        )
        .execute();
    },
    async deleteSubscription(userId, endpoint) {
      const r = await db.deleteFrom("push_subscriptions").where("endpoint", "=", endpoint).where("user_id", "=", userId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async deleteEndpoint(endpoint) {
      await db.deleteFrom("push_subscriptions").where("endpoint", "=", endpoint).execute();
    },
    async subscriptionsFor(userId) {
      const rows = await db.selectFrom("push_subscriptions").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();
      return rows.map(toSubscription);
    },
    async hasSubscriptionForSession(sessionId) {
      const row = await db.selectFrom("push_subscriptions").select("endpoint").where("session_id", "=", sessionId).executeTakeFirst();
      return row !== undefined;
    },
    async prefsFor(userId) {
      const row = await db.selectFrom("push_prefs").selectAll().where("user_id", "=", userId).executeTakeFirst();
      return row ? toPrefs(row) : undefined;
    },
    async savePrefs(p) {
      const values = {
        kinds: JSON.stringify(p.kinds),
        reminder_time: p.reminderTime,
        quiet_from: p.quietHours?.from ?? null,
        quiet_to: p.quietHours?.to ?? null,
        time_zone: p.timeZone,
        updated_at: p.updatedAt,
      };
      await db
        .insertInto("push_prefs")
        .values({ user_id: p.userId, ...values })
        .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
        .execute();
    },
    async withReminder() {
      const rows = await db
        .selectFrom("push_prefs")
        .selectAll()
        .where("reminder_time", "is not", null)
        .where((eb) => eb.exists(eb.selectFrom("push_subscriptions").select("endpoint").whereRef("push_subscriptions.user_id", "=", "push_prefs.user_id")))
        .execute();
      return rows.map(toPrefs);
    },
    async claim(key, userId, at) {
      const r = await db
        .insertInto("push_sends")
        .values({ key, user_id: userId, at })
        .onConflict((oc) => oc.column("key").doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async pruneClaims(before) {
      const r = await db.deleteFrom("push_sends").where("at", "<", before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async hold(h) {
      await db
        .insertInto("push_held")
        .values({ user_id: h.userId, key: h.key, kind: h.kind, event: JSON.stringify(h.event), held_at: h.heldAt })
        .onConflict((oc) => oc.columns(["user_id", "key"]).doNothing())
        .execute();
    },
    async withHeld() {
      const rows = await db.selectFrom("push_held").select("user_id").distinct().execute();
      return rows.map((r) => r.user_id);
    },
    async takeHeld(userId) {
      // DELETE … RETURNING: of two instances releasing at once, the rows go to one of them
      // (PostgreSQL's row locks; SQLite has one writer).
      const rows = await db.deleteFrom("push_held").where("user_id", "=", userId).returningAll().execute();
      return rows.map(toHeld).sort((a, b) => a.heldAt - b.heldAt || a.key.localeCompare(b.key));
    },
  };
}
