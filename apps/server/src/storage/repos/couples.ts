import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { compiledQuery } from "../compiled-query.ts";
import type { CoupleRepo } from "../store.ts";
import { rethrowUnique } from "../unique.ts";

// Nearly every couple route asks this first: compiled once (compiled-query.ts).
const activeForUserQuery = compiledQuery<{ userId: string }, { id: string; since: number; partnerId: string }>((db, p) =>
  db
    .selectFrom("couple_members as me")
    .innerJoin("couples", "couples.id", "me.couple_id")
    .innerJoin("couple_members as partner", (join) => join.onRef("partner.couple_id", "=", "me.couple_id").onRef("partner.user_id", "!=", "me.user_id"))
    .select(["couples.id as id", "couples.created_at as since", "partner.user_id as partnerId"])
    .where("me.user_id", "=", p.userId)
    .where("me.left_at", "is", null)
    .where("couples.ended_at", "is", null),
);

export function coupleRepo(db: Kysely<Database>): CoupleRepo {
  return {
    async activeForUser(userId) {
      const row = (await activeForUserQuery(db, { userId })).rows[0];
      return row;
    },
    async historyForUser(userId) {
      return db
        .selectFrom("couple_members as me")
        .innerJoin("couple_members as partner", (join) => join.onRef("partner.couple_id", "=", "me.couple_id").onRef("partner.user_id", "!=", "me.user_id"))
        .select(["me.couple_id as coupleId", "partner.user_id as partnerId", "me.joined_at as joinedAt", "me.left_at as leftAt"])
        .where("me.user_id", "=", userId)
        .orderBy("me.joined_at")
        .execute();
    },
    async create(coupleId, [a, b], at) {
      await db.insertInto("couples").values({ id: coupleId, created_at: at, ended_at: null }).execute();
      await db
        .insertInto("couple_members")
        .values([
          { couple_id: coupleId, user_id: a, joined_at: at, left_at: null },
          { couple_id: coupleId, user_id: b, joined_at: at, left_at: null },
        ])
        .execute()
        .catch(rethrowUnique("couple_members_one_active"));
    },
    async end(coupleId, at) {
      await db.updateTable("couples").set({ ended_at: at }).where("id", "=", coupleId).execute();
      await db.updateTable("couple_members").set({ left_at: at }).where("couple_id", "=", coupleId).where("left_at", "is", null).execute();
    },
  };
}
