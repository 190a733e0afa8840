import type { Kysely, Selectable } from "kysely";
import type { Database, LibraryTriesTable } from "../schema.ts";
import type { LibraryRepo, TryRecord } from "../store.ts";

const toTry = (row: Selectable<LibraryTriesTable>): TryRecord => ({
  id: row.id,
  coupleId: row.couple_id,
  itemId: row.item_id,
  inviterId: row.inviter_id,
  createdAt: row.created_at,
  inviterDoneAt: row.inviter_done_at,
  partnerDoneAt: row.partner_done_at,
});

export function libraryRepo(db: Kysely<Database>): LibraryRepo {
  return {
    async favourites(userId) {
      const rows = await db.selectFrom("library_favourites").select("item_id").where("user_id", "=", userId).orderBy("created_at", "desc").execute();
      return rows.map((r) => r.item_id);
    },
    async setFavourite(userId, itemId, on, at) {
      if (on) {
        await db
          .insertInto("library_favourites")
          .values({ user_id: userId, item_id: itemId, created_at: at })
          .onConflict((oc) => oc.columns(["user_id", "item_id"]).doNothing())
          .execute();
      } else {
        await db.deleteFrom("library_favourites").where("user_id", "=", userId).where("item_id", "=", itemId).execute();
      }
    },
    async done(userId) {
      const rows = await db.selectFrom("library_done").select(["item_id", "done_at"]).where("user_id", "=", userId).orderBy("done_at", "desc").execute();
      return rows.map((r) => ({ itemId: r.item_id, at: r.done_at }));
    },
    async markDone(userId, itemId, at) {
      await db
        .insertInto("library_done")
        .values({ user_id: userId, item_id: itemId, done_at: at })
        .onConflict((oc) => oc.columns(["user_id", "item_id"]).doUpdateSet({ done_at: at }))
        .execute();
    },
    async createTry(t) {
      await db
        .insertInto("library_tries")
        .values({
          id: t.id,
          couple_id: t.coupleId,
          item_id: t.itemId,
          inviter_id: t.inviterId,
          created_at: t.createdAt,
          inviter_done_at: t.inviterDoneAt,
          partner_done_at: t.partnerDoneAt,
        })
        .execute();
    },
    async findTry(id) {
      const row = await db.selectFrom("library_tries").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toTry(row);
    },
    async triesByInviter(userId) {
      const rows = await db.selectFrom("library_tries").selectAll().where("inviter_id", "=", userId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toTry);
    },
    async triesForCouple(coupleId) {
      const rows = await db
        .selectFrom("library_tries")
        .selectAll()
        .where("couple_id", "=", coupleId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(100)
        .execute();
      return rows.map(toTry);
    },
    async setTryDone(id, side, at) {
      const column = side === "inviter" ? "inviter_done_at" : "partner_done_at";
      // Keep the first time it was marked done.
      await db
        .updateTable("library_tries")
        .set({ [column]: at })
        .where("id", "=", id)
        .where(column, "is", null)
        .execute();
    },
  };
}
