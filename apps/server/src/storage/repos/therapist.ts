import { THERAPIST_SCOPES, therapistScopeSchema, type GrantEndReason, type TherapistScope } from "@attune/shared";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Database, TherapistGrantsTable } from "../schema.ts";
import type { TherapistGrantRecord, TherapistGrantRepo, TherapistSourceRepo } from "../store.ts";
import { toRecord as toAnswer } from "./answers.ts";
import { toRecord as toCheckin } from "./checkins.ts";
import { toRecord as toReadiness } from "./readiness.ts";
import { toRecord as toRepair } from "./repairs.ts";
import { toRecord as toReply } from "./replies.ts";

const scopeList = z.array(therapistScopeSchema);
// Stored as JSON text (portable); a scope no longer known is dropped rather than trusted.
const parseScopes = (text: string): TherapistScope[] => {
  const parsed = scopeList.safeParse(JSON.parse(text));
  // In the contract's order, whatever order they were saved in.
  return parsed.success ? THERAPIST_SCOPES.filter((s) => parsed.data.includes(s)) : [];
};
const scopesText = (scopes: readonly TherapistScope[]) => JSON.stringify([...scopes].sort());

type GrantRow = Selectable<TherapistGrantsTable>;

export function therapistGrantRepo(db: Kysely<Database>): TherapistGrantRepo {
  async function withConsents(rows: GrantRow[]): Promise<TherapistGrantRecord[]> {
    if (!rows.length) return [];
    const consents = await db
      .selectFrom("therapist_grant_consents")
      .selectAll()
      .where(
        "grant_id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((row) => ({
      id: row.id,
      coupleId: row.couple_id,
      inviterId: row.inviter_id,
      therapistId: row.therapist_id,
      inviteCode: row.invite_code,
      inviteExpiresAt: Number(row.invite_expires_at),
      askedScopes: parseScopes(row.asked_scopes),
      endsOn: row.ends_on,
      createdAt: Number(row.created_at),
      joinedAt: row.joined_at === null ? null : Number(row.joined_at),
      ended: row.ended_at === null ? null : { at: Number(row.ended_at), reason: (row.end_reason ?? "revoked") as GrantEndReason, by: row.ended_by },
      consents: consents.filter((c) => c.grant_id === row.id).map((c) => ({ userId: c.user_id, scopes: parseScopes(c.scopes), at: Number(c.at) })),
    }));
  }
  const one = async (rows: GrantRow[]) => (await withConsents(rows))[0];

  return {
    async create(g) {
      await db
        .insertInto("therapist_grants")
        .values({
          id: g.id,
          couple_id: g.coupleId,
          inviter_id: g.inviterId,
          therapist_id: null,
          invite_code: g.inviteCode,
          invite_expires_at: g.inviteExpiresAt,
          asked_scopes: scopesText(g.askedScopes),
          ends_on: g.endsOn,
          created_at: g.createdAt,
          joined_at: null,
          ended_at: null,
          end_reason: null,
          ended_by: null,
        })
        .execute();
    },
    async findById(id) {
      return one(await db.selectFrom("therapist_grants").selectAll().where("id", "=", id).execute());
    },
    async findByCode(code) {
      return one(await db.selectFrom("therapist_grants").selectAll().where("invite_code", "=", code).execute());
    },
    async forCouple(coupleId) {
      return withConsents(
        await db.selectFrom("therapist_grants").selectAll().where("couple_id", "=", coupleId).orderBy("created_at", "desc").orderBy("id", "desc").execute(),
      );
    },
    async forTherapist(therapistId) {
      return withConsents(
        await db
          .selectFrom("therapist_grants")
          .selectAll()
          .where("therapist_id", "=", therapistId)
          .orderBy("created_at", "desc")
          .orderBy("id", "desc")
          .execute(),
      );
    },
    async join(id, therapistId, at) {
      const result = await db
        .updateTable("therapist_grants")
        .set({ therapist_id: therapistId, joined_at: at })
        .where("id", "=", id)
        .where("joined_at", "is", null)
        .where("ended_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async renewInvite(id, code, expiresAt) {
      const result = await db
        .updateTable("therapist_grants")
        .set({ invite_code: code, invite_expires_at: expiresAt })
        .where("id", "=", id)
        .where("joined_at", "is", null)
        .where("ended_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async setAskedScopes(id, scopes) {
      await db
        .updateTable("therapist_grants")
        .set({ asked_scopes: scopesText(scopes) })
        .where("id", "=", id)
        .execute();
    },
    async setConsent(grantId, consent) {
      const values = { grant_id: grantId, user_id: consent.userId, scopes: scopesText(consent.scopes), at: consent.at };
      await db
        .insertInto("therapist_grant_consents")
        .values(values)
        .onConflict((oc) => oc.columns(["grant_id", "user_id"]).doUpdateSet({ scopes: values.scopes, at: values.at }))
        .execute();
    },
    async end(id, at, reason, by) {
      const result = await db
        .updateTable("therapist_grants")
        .set({ ended_at: at, end_reason: reason, ended_by: by })
        .where("id", "=", id)
        .where("ended_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async exclusions(grantId) {
      const rows = await db.selectFrom("therapist_grant_exclusions").selectAll().where("grant_id", "=", grantId).orderBy("at", "desc").execute();
      return rows.map((r) => ({ grantId: r.grant_id, kind: r.kind as TherapistExclusionKind, entryId: r.entry_id, userId: r.user_id, at: Number(r.at) }));
    },
    async exclude(e) {
      await db
        .insertInto("therapist_grant_exclusions")
        .values({ grant_id: e.grantId, kind: e.kind, entry_id: e.entryId, user_id: e.userId, at: e.at })
        .onConflict((oc) => oc.columns(["grant_id", "kind", "entry_id"]).doNothing())
        .execute();
    },
    async unexclude(grantId, kind, entryId) {
      const result = await db
        .deleteFrom("therapist_grant_exclusions")
        .where("grant_id", "=", grantId)
        .where("kind", "=", kind)
        .where("entry_id", "=", entryId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async logAccess(e) {
      await db
        .insertInto("therapist_access_log")
        .values({ id: e.id, grant_id: e.grantId, what: e.what, from_day: e.fromDay, to_day: e.toDay, at: e.at })
        .execute();
    },
    async accessLog(grantId, cursor, limit) {
      let query = db.selectFrom("therapist_access_log").selectAll().where("grant_id", "=", grantId);
      if (cursor) {
        const at = Number(cursor.key);
        query = query.where((eb) => eb.or([eb("at", "<", at), eb.and([eb("at", "=", at), eb("id", "<", cursor.id)])]));
      }
      const rows = await query.orderBy("at", "desc").orderBy("id", "desc").limit(limit).execute();
      return rows.map((r) => ({ id: r.id, grantId: r.grant_id, what: r.what as TherapistAccessWhat, fromDay: r.from_day, toDay: r.to_day, at: Number(r.at) }));
    },
  };
}

type TherapistExclusionKind = Awaited<ReturnType<TherapistGrantRepo["exclusions"]>>[number]["kind"];
type TherapistAccessWhat = Awaited<ReturnType<TherapistGrantRepo["accessLog"]>>[number]["what"];

export function therapistSourceRepo(db: Kysely<Database>): TherapistSourceRepo {
  return {
    async couple(coupleId) {
      const couple = await db.selectFrom("couples").select(["created_at", "ended_at"]).where("id", "=", coupleId).executeTakeFirst();
      if (!couple) return undefined;
      const members = await db
        .selectFrom("couple_members as m")
        .innerJoin("users as u", "u.id", "m.user_id")
        .select(["u.id", "u.display_name", "m.left_at"])
        .where("m.couple_id", "=", coupleId)
        // Both join at once: by name, so "Ana & Ben" reads the same on every look.
        .orderBy("u.display_name")
        .orderBy("u.id")
        .execute();
      const current = couple.ended_at === null && members.length === 2 && members.every((m) => m.left_at === null);
      return { members: members.map((m) => ({ id: m.id, displayName: m.display_name })), current, since: Number(couple.created_at) };
    },
    async sharedCheckins(coupleId, fromDay, toDay) {
      const rows = await db
        .selectFrom("checkins")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .where("visibility", "=", "shared")
        .where("day", ">=", fromDay)
        .where("day", "<=", toDay)
        .orderBy("day")
        .orderBy("id")
        .execute();
      return rows.map(toCheckin);
    },
    async repliesTo(coupleId, checkinIds) {
      if (!checkinIds.length) return [];
      const rows = await db
        .selectFrom("replies")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .where("target_kind", "=", "checkin")
        .where("target_id", "in", checkinIds)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toReply);
    },
    async coupleReplies(coupleId, since, until) {
      const rows = await db
        .selectFrom("replies")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .where("created_at", ">=", since)
        .where("created_at", "<", until)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toReply);
    },
    async answers(coupleId, fromDay, toDay) {
      const rows = await db
        .selectFrom("daily_answers")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .where("day", ">=", fromDay)
        .where("day", "<=", toDay)
        .orderBy("day")
        .orderBy("id")
        .execute();
      return rows.map(toAnswer);
    },
    async sharedReadiness(coupleId) {
      const rows = await db.selectFrom("readiness_results").selectAll().where("shared_couple_id", "=", coupleId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toReadiness);
    },
    async repairs(coupleId) {
      const rows = await db.selectFrom("repair_sessions").selectAll().where("couple_id", "=", coupleId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toRepair);
    },
  };
}
