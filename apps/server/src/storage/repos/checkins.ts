import { UNREAD_COUNT_CAP } from "@attune/shared";
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from "kysely";
import type { CheckinsTable, Database } from "../schema.ts";
import { compiledQuery } from "../compiled-query.ts";
import type { CheckinItem, CheckinRecord, CheckinRepo, Cursor } from "../store.ts";
import { rethrowUnique } from "../unique.ts";

type Row = Selectable<CheckinsTable>;

export const toRecord = (row: Row): CheckinRecord => ({
  id: row.id,
  authorId: row.author_id,
  coupleId: row.couple_id,
  day: row.day,
  emotions: { mad: row.mad, sad: row.sad, glad: row.glad, fear: row.fear },
  high: row.high,
  low: row.low,
  promptId: row.prompt_id,
  mindHeart: row.mind_heart,
  visibility: row.visibility === "shared" ? "shared" : "private",
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

type ItemRow = Row & { author_name: string; read: number | boolean; reply_count: number | string | null };

// Built field by field (no spread of toRecord): a page runs this for every row.
const toItem = (row: ItemRow): CheckinItem => ({
  id: row.id,
  authorId: row.author_id,
  coupleId: row.couple_id,
  day: row.day,
  emotions: { mad: row.mad, sad: row.sad, glad: row.glad, fear: row.fear },
  high: row.high,
  low: row.low,
  promptId: row.prompt_id,
  mindHeart: row.mind_heart,
  visibility: row.visibility === "shared" ? "shared" : "private",
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  authorName: row.author_name,
  // SQLite answers exists() with 0/1, PostgreSQL with a boolean.
  read: Boolean(row.read),
  replyCount: Number(row.reply_count ?? 0),
});

type CheckinScope = ExpressionBuilder<Database & { c: CheckinsTable }, "c">;

/**
 * Whether the viewer opened check-in `c`: an exists() on the (user_id, checkin_id) key,
 * answered from that index alone; a join on it also read the table row for read_at, which
 * nothing here uses.
 */
const readBy = (eb: CheckinScope, viewerId: string) =>
  eb.exists(eb.selectFrom("checkin_reads as r").select("r.user_id").where("r.user_id", "=", viewerId).whereRef("r.checkin_id", "=", "c.id"));

/** How many replies check-in `c` has. */
const replyCountOf = (eb: CheckinScope) =>
  eb
    .selectFrom("replies as rp")
    .select((e) => e.fn.countAll<number>().as("n"))
    .whereRef("rp.target_id", "=", "c.id")
    .where("rp.target_kind", "=", "checkin");

/** Check-ins with author name, whether the viewer opened them and the reply count. */
function items(db: Kysely<Database>, viewerId: string) {
  return db
    .selectFrom("checkins as c")
    .innerJoin("users as u", "u.id", "c.author_id")
    .selectAll("c")
    .select((eb) => ["u.display_name as author_name", readBy(eb, viewerId).as("read"), replyCountOf(eb).as("reply_count")]);
}

/**
 * Keyset pagination: rows strictly after the cursor in (key desc, id desc) order. A row-value
 * comparison, not `key < ? or (key = ? and id < ?)`: both engines then seek the index to the
 * cursor (SQLite's plan names the range) instead of walking every newer entry.
 */
function after(column: "c.created_at" | "c.day", cursor: Cursor) {
  return (eb: CheckinScope) => eb(eb.refTuple(column, "c.id"), "<", eb.tuple(cursor.key as never, cursor.id));
}

// The hot reads, compiled once (compiled-query.ts).
const byId = compiledQuery<{ id: string }, Row>((db, p) => db.selectFrom("checkins").selectAll().where("id", "=", p.id));
const itemById = compiledQuery<{ id: string; viewerId: string }, ItemRow>((db, p) => items(db, p.viewerId).where("c.id", "=", p.id));
const timelineFirst = compiledQuery<{ coupleId: string; viewerId: string; limit: number }, ItemRow>((db, p) =>
  items(db, p.viewerId)
    .where("c.couple_id", "=", p.coupleId)
    .where("c.visibility", "=", "shared")
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(p.limit),
);
const timelineAfter = compiledQuery<{ coupleId: string; viewerId: string; key: number | string; id: string; limit: number }, ItemRow>((db, p) =>
  items(db, p.viewerId)
    .where("c.couple_id", "=", p.coupleId)
    .where("c.visibility", "=", "shared")
    .where(after("c.created_at", { key: p.key, id: p.id }))
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(p.limit),
);
// The reply path and opening a check-in ask this first: the record and who is asking, in one.
const byIdWithViewerCouple = compiledQuery<{ id: string; viewerId: string }, Row & { viewer_couple_id: string | null }>((db, p) =>
  db.selectFrom("checkins as c").selectAll("c").select(activeCoupleOf(db, p.viewerId).as("viewer_couple_id")).where("c.id", "=", p.id),
);
const markReadQuery = compiledQuery<{ userId: string; checkinId: string; at: number }, never>((db, p) =>
  db
    .insertInto("checkin_reads")
    .values({ user_id: p.userId, checkin_id: p.checkinId, read_at: p.at })
    .onConflict((oc) => oc.columns(["user_id", "checkin_id"]).doNothing()),
);
/** The viewer's couple now: one active membership per person (couple_members_one_active). */
function activeCoupleOf(db: Kysely<Database>, viewerId: string) {
  return db
    .selectFrom("couple_members as me")
    .innerJoin("couples as cp", "cp.id", "me.couple_id")
    .select("me.couple_id")
    .where("me.user_id", "=", viewerId)
    .where("me.left_at", "is", null)
    .where("cp.ended_at", "is", null);
}

/**
 * The partner's shared entries the viewer has not opened. Only the newest UNREAD_COUNT_CAP
 * entries are counted, so the count stays index-bound however long the history grows (at
 * the limit the UI says "many"). `couple` is an id or the viewer's-couple subquery.
 */
function unreadOf(db: Kysely<Database>, couple: string | ReturnType<typeof activeCoupleOf>, viewerId: string) {
  const recent = db
    .selectFrom("checkins as c")
    .select(["c.id as id", "c.author_id as author_id"])
    .where("c.couple_id", "=", couple)
    .where("c.visibility", "=", "shared")
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(sql.lit(UNREAD_COUNT_CAP));
  return (
    db
      .selectFrom(recent.as("k"))
      .leftJoin("checkin_reads as r", (join) => join.onRef("r.checkin_id", "=", "k.id").on("r.user_id", "=", viewerId))
      .select(sql<number | string>`count(*)`.as("n"))
      .where("k.author_id", "!=", viewerId)
      // the key column, not read_at: answered from the primary-key index alone
      .where("r.user_id", "is", null)
  );
}
const unreadCountQuery = compiledQuery<{ coupleId: string; viewerId: string }, { n: number | string }>((db, p) => unreadOf(db, p.coupleId, p.viewerId));

/**
 * One statement for a timeline request after the session: the viewer's couple (a subquery, so
 * the page can only be that couple's), the page, and the unread count on every row (an
 * uncorrelated subquery both engines run once per statement). Its rows come back as arrays
 * (row-arrays.ts), so the select list is written out in the order `PageTuple` names.
 */
type PageTuple = [
  id: string,
  authorId: string,
  coupleId: string | null,
  day: string,
  mad: number,
  sad: number,
  glad: number,
  fear: number,
  high: string,
  low: string,
  promptId: string | null,
  mindHeart: string,
  visibility: string,
  createdAt: number,
  updatedAt: number,
  authorName: string,
  read: number | boolean,
  replyCount: number | string | null,
  unread: number | string | null,
];
const pageOfViewer = (db: Kysely<Database>, viewerId: string, limit: number) =>
  db
    .selectFrom("checkins as c")
    .innerJoin("users as u", "u.id", "c.author_id")
    .select((eb) => [
      "c.id",
      "c.author_id",
      "c.couple_id",
      "c.day",
      "c.mad",
      "c.sad",
      "c.glad",
      "c.fear",
      "c.high",
      "c.low",
      "c.prompt_id",
      "c.mind_heart",
      "c.visibility",
      "c.created_at",
      "c.updated_at",
      "u.display_name as author_name",
      readBy(eb, viewerId).as("read"),
      replyCountOf(eb).as("reply_count"),
      unreadOf(db, activeCoupleOf(db, viewerId), viewerId).as("unread_n"),
    ])
    .where("c.couple_id", "=", activeCoupleOf(db, viewerId))
    .where("c.visibility", "=", "shared")
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(sql.lit(limit));

/**
 * SQLite ran this statement in about twice the CPU with its two limits bound as parameters
 * as with them written into the SQL (same plan; docs/performance.md, "Request cost, second
 * pass"). So the count's cap is a literal, and each page size compiles its own text: the
 * route allows 1–50, so at most 50 of each.
 */
function perLimit<Q>(make: (limit: number) => Q): (limit: number) => Q {
  const made = new Map<number, Q>();
  return (limit) => {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError("A page size is a whole number from 1.");
    let query = made.get(limit);
    if (!query) {
      query = make(limit);
      made.set(limit, query);
    }
    return query;
  };
}
const viewerFirst = perLimit((limit) => compiledQuery<{ viewerId: string }, PageTuple>((db, p) => pageOfViewer(db, p.viewerId, limit), { arrays: true }));
const viewerAfter = perLimit((limit) =>
  compiledQuery<{ viewerId: string; key: number | string; id: string }, PageTuple>(
    (db, p) => pageOfViewer(db, p.viewerId, limit).where(after("c.created_at", { key: p.key, id: p.id })),
    { arrays: true },
  ),
);

const fromTuple = (t: PageTuple): CheckinItem => ({
  id: t[0],
  authorId: t[1],
  coupleId: t[2],
  day: t[3],
  emotions: { mad: t[4], sad: t[5], glad: t[6], fear: t[7] },
  high: t[8],
  low: t[9],
  promptId: t[10],
  mindHeart: t[11],
  visibility: t[12] === "shared" ? "shared" : "private",
  createdAt: t[13],
  updatedAt: t[14],
  authorName: t[15],
  // SQLite answers exists() with 0/1, PostgreSQL with a boolean.
  read: Boolean(t[16]),
  replyCount: Number(t[17] ?? 0),
});
// An empty page (past the last entry, or no couple) carries no count: asked on its own.
const viewerUnread = compiledQuery<{ viewerId: string }, { n: number | string }>((db, p) => unreadOf(db, activeCoupleOf(db, p.viewerId), p.viewerId));

export function checkinRepo(db: Kysely<Database>): CheckinRepo {
  return {
    async create(c) {
      await db
        .insertInto("checkins")
        .values({
          id: c.id,
          author_id: c.authorId,
          couple_id: c.coupleId,
          day: c.day,
          ...c.emotions,
          high: c.high,
          low: c.low,
          prompt_id: c.promptId,
          mind_heart: c.mindHeart,
          visibility: c.visibility,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })
        .execute()
        .catch(rethrowUnique("checkins_author_day"));
    },
    async findById(id) {
      const row = (await byId(db, { id })).rows[0];
      return row && toRecord(row);
    },
    async findWithViewerCouple(id, viewerId) {
      const row = (await byIdWithViewerCouple(db, { id, viewerId })).rows[0];
      return row && { checkin: toRecord(row), viewerCoupleId: row.viewer_couple_id ?? null };
    },
    async findItem(id, viewerId) {
      const row = (await itemById(db, { id, viewerId })).rows[0];
      return row && toItem(row);
    },
    async update(id, ch) {
      await db
        .updateTable("checkins")
        .set({
          ...(ch.emotions ?? {}),
          ...(ch.high !== undefined ? { high: ch.high } : {}),
          ...(ch.low !== undefined ? { low: ch.low } : {}),
          ...(ch.mindHeart !== undefined ? { mind_heart: ch.mindHeart } : {}),
          ...(ch.visibility !== undefined ? { visibility: ch.visibility } : {}),
          ...(ch.coupleId !== undefined ? { couple_id: ch.coupleId } : {}),
          updated_at: ch.updatedAt,
        })
        .where("id", "=", id)
        .execute();
    },
    async delete(id) {
      await db.deleteFrom("checkins").where("id", "=", id).execute();
    },
    async timeline(coupleId, viewerId, cursor, limit) {
      const { rows } = cursor
        ? await timelineAfter(db, { coupleId, viewerId, key: cursor.key, id: cursor.id, limit })
        : await timelineFirst(db, { coupleId, viewerId, limit });
      return rows.map(toItem);
    },
    async history(authorId, cursor, limit) {
      let q = items(db, authorId).where("c.author_id", "=", authorId);
      if (cursor) q = q.where(after("c.day", cursor));
      const rows = await q.orderBy("c.day", "desc").orderBy("c.id", "desc").limit(limit).execute();
      return rows.map(toItem);
    },
    async markRead(userId, checkinId, at) {
      await markReadQuery(db, { userId, checkinId, at });
    },
    async timelineOf(viewerId, cursor, limit) {
      const { rows } = cursor ? await viewerAfter(limit)(db, { viewerId, key: cursor.key, id: cursor.id }) : await viewerFirst(limit)(db, { viewerId });
      const first = rows[0];
      const unread = first ? first[18] : (await viewerUnread(db, { viewerId })).rows[0]?.n;
      return { items: rows.map(fromTuple), unread: Number(unread ?? 0) };
    },
    async unreadCount(coupleId, viewerId) {
      const row = (await unreadCountQuery(db, { coupleId, viewerId })).rows[0];
      return Number(row?.n ?? 0);
    },
  };
}
