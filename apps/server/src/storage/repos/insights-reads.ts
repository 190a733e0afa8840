import { sql, type Kysely, type RawBuilder } from "kysely";
import { preparedAs } from "../pg-prepared.ts";
import type { Database } from "../schema.ts";
import type { InsightCoupleRows, InsightPersonRows, InsightReplyRow, InsightShareRow } from "../store.ts";
import { recentFromDay, replyRow, shareRow } from "./insights-rows.ts";

/**
 * PostgreSQL: an insights request's reads as ONE statement. Separately they were five round
 * trips (couple, check-ins, replies, first levels, mutes), four of them holding a pooled
 * connection at once; on a loaded server each trip waits its turn for the database process,
 * and that, not the reads, was most of the time (docs/performance.md). Each part is the same
 * indexed read as the separate query (insights.ts); its rows come back as one JSON array
 * each, which Node parses natively instead of row by row. Planning this statement cost more than
 * running it, so each connection prepares it once (pg-prepared.ts).
 */

type ShareTuple = [string, string, string | null, string, string, number, number, number, number, number, number | null, string | null];
type ReplyTuple = [string, string, string, number, number | null, string | null, number | null, number | null, string | null];

/** The asker's current couple and the people whose check-ins they may count. */
const people = (userId: string) => sql`
  couple as (
    select me.couple_id as id, partner.user_id as partner_id
    from couple_members me
    join couples k on k.id = me.couple_id
    join couple_members partner on partner.couple_id = me.couple_id and partner.user_id <> me.user_id
    where me.user_id = ${userId} and me.left_at is null and k.ended_at is null
    limit 1
  ),
  people as (select ${userId}::text as id union all select partner_id from couple)`;

/** Both people's check-ins from `fromDay` (checkins_insights_idx), with the coach's facts. */
const sharesPart = (fromDay: string, when: RawBuilder<unknown>) => sql`
  (select coalesce(json_agg(json_build_array(c.id, c.author_id, c.couple_id, c.day, c.visibility, c.mad, c.sad, c.glad, c.fear,
      c.created_at, f.inner_layer, f.words) order by c.day, c.author_id), '[]'::json)
   from checkins c left join checkin_facts f on f.checkin_id = c.id
   where c.author_id in (select id from people) and c.day >= ${fromDay} and ${when})`;

/**
 * The couple's replies since `since` (replies_insights_idx) and whom each answers: a recent
 * check-in from the same weeks read by range, a daily answer, or (rare) an older check-in by id,
 * which coalesce looks up only when the others found nothing.
 */
const repliesPart = (since: number, when: RawBuilder<unknown>) => sql`
  (select coalesce(json_agg(json_build_array(r.target_kind, r.target_id, r.author_id, r.created_at, r.coach_level, r.coach_pitfalls,
      r.feedback_heard, r.feedback_at,
      coalesce(rc.author_id, a.user_id, case when r.target_kind = 'checkin' then (select o.author_id from checkins o where o.id = r.target_id) end))
      order by r.created_at), '[]'::json)
   from replies r
   left join recent rc on rc.id = r.target_id and r.target_kind = 'checkin'
   left join daily_answers a on a.id = r.target_id and r.target_kind = 'answer'
   where r.couple_id = (select id from couple) and r.created_at >= ${since} and ${when})`;

const recent = (since: number) => sql`
  recent as materialized (select id, author_id from checkins where author_id in (select id from people) and day >= ${recentFromDay(since)})`;

const toShares = (rows: ShareTuple[]): InsightShareRow[] =>
  rows.map(([id, author_id, couple_id, day, visibility, mad, sad, glad, fear, created_at, inner_layer, words]) =>
    shareRow({ id, author_id, couple_id, day, visibility, mad, sad, glad, fear, created_at, inner_layer, words }),
  );

const toReplies = (rows: ReplyTuple[]): InsightReplyRow[] =>
  rows.flatMap(([target_kind, target_id, author_id, created_at, coach_level, coach_pitfalls, feedback_heard, feedback_at, toId]) =>
    toId === null ? [] : [replyRow({ target_kind, target_id, author_id, created_at, coach_level, coach_pitfalls, feedback_heard, feedback_at }, toId)],
  );

const coupleOf = (c: [string, string] | null) => (c ? { id: c[0], partnerId: c[1] } : null);

export async function pgPersonRows(
  db: Kysely<Database>,
  userId: string,
  read: { fromDay: string; since: number; firstLevels: number },
): Promise<InsightPersonRows> {
  const always = sql`true`;
  const { rows } = await sql<{ couple: [string, string] | null; shares: ShareTuple[]; replies: ReplyTuple[]; first: number[]; muted: string[] }>`${sql.raw(
    preparedAs("insights_person"),
  )}
    with ${people(userId)}, ${recent(read.since)}
    select
      (select json_build_array(id, partner_id) from couple) as couple,
      ${sharesPart(read.fromDay, always)} as shares,
      ${repliesPart(read.since, always)} as replies,
      (select coalesce(json_agg(coach_level order by created_at), '[]'::json) from (
        select coach_level, created_at from replies where author_id = ${userId} and coach_level is not null order by created_at limit ${read.firstLevels}
      ) t) as first,
      (select coalesce(json_agg(sign order by sign), '[]'::json) from insight_mutes where user_id = ${userId}) as muted`.execute(db);
  const row = rows[0]!;
  return { couple: coupleOf(row.couple), shares: toShares(row.shares), replies: toReplies(row.replies), firstLevels: row.first, mutedSigns: row.muted };
}

export async function pgCoupleRows(db: Kysely<Database>, userId: string, read: { fromDay: string; since: number }): Promise<InsightCoupleRows> {
  // The couple's rows only when both partners of the current couple said yes.
  const bothSaidYes = sql`(select count(*) from insight_opt_ins o where o.couple_id = (select id from couple) and o.user_id in (select id from people)) = 2`;
  const { rows } = await sql<{ couple: [string, string] | null; opted: string[]; shares: ShareTuple[]; replies: ReplyTuple[] }>`${sql.raw(
    preparedAs("insights_couple"),
  )}
    with ${people(userId)}, ${recent(read.since)}
    select
      (select json_build_array(id, partner_id) from couple) as couple,
      (select coalesce(json_agg(user_id order by user_id), '[]'::json) from insight_opt_ins where couple_id = (select id from couple)) as opted,
      ${sharesPart(read.fromDay, bothSaidYes)} as shares,
      ${repliesPart(read.since, bothSaidYes)} as replies`.execute(db);
  const row = rows[0]!;
  return { couple: coupleOf(row.couple), optedIn: row.opted, shares: toShares(row.shares), replies: toReplies(row.replies) };
}
