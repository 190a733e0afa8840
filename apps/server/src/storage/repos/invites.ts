import type { Kysely, Selectable } from "kysely";
import type { Database, InvitesTable } from "../schema.ts";
import type { InviteRecord, InviteRepo } from "../store.ts";

const toRecord = (row: Selectable<InvitesTable>): InviteRecord => ({
  code: row.code,
  inviterId: row.inviter_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedBy: row.accepted_by,
  acceptedAt: row.accepted_at,
});

export function inviteRepo(db: Kysely<Database>): InviteRepo {
  return {
    async create(invite) {
      await db
        .insertInto("invites")
        .values({
          code: invite.code,
          inviter_id: invite.inviterId,
          created_at: invite.createdAt,
          expires_at: invite.expiresAt,
          accepted_by: invite.acceptedBy,
          accepted_at: invite.acceptedAt,
        })
        .execute();
    },
    async findByCode(code) {
      const row = await db.selectFrom("invites").selectAll().where("code", "=", code).executeTakeFirst();
      return row && toRecord(row);
    },
    async findPendingForInviter(inviterId, now) {
      const row = await db
        .selectFrom("invites")
        .selectAll()
        .where("inviter_id", "=", inviterId)
        .where("accepted_by", "is", null)
        .where("expires_at", ">", now)
        .orderBy("created_at", "desc")
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async deletePendingForInviter(inviterId) {
      await db.deleteFrom("invites").where("inviter_id", "=", inviterId).where("accepted_by", "is", null).execute();
    },
    async markAccepted(code, userId, at) {
      // The "accepted_by is null" guard makes the invite single-use even when two
      // people accept it at the same moment: only one update matches.
      const result = await db
        .updateTable("invites")
        .set({ accepted_by: userId, accepted_at: at })
        .where("code", "=", code)
        .where("accepted_by", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async deleteExpiredUnused(before) {
      const result = await db.deleteFrom("invites").where("accepted_by", "is", null).where("expires_at", "<=", before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
