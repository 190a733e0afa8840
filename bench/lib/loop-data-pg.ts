import { sql, type Kysely } from "kysely";
import type { Database } from "../../apps/server/src/storage/schema.ts";
import { BASE, DAY_MS } from "./loop-data.ts";

/**
 * The same rows as `loadDays` (loop-data.ts: ids, days, emotions, texts, which are shared, which
 * get a reply), generated inside PostgreSQL with generate_series: row-by-row inserts from Node
 * take most of an hour for 10,000 couples × a year on a loaded machine, this a few minutes.
 */
export async function loadDaysPg(db: Kysely<Database>, couples: number, fromDay: number, toDay: number, log: (msg: string) => void): Promise<void> {
  const step = 1000;
  const base = new Date(BASE).toISOString().slice(0, 10);
  for (let start = 0; start < couples; start += step) {
    const end = Math.min(couples, start + step) - 1;
    await sql`
      insert into checkins (id, author_id, couple_id, day, mad, sad, glad, fear, high, low, prompt_id, mind_heart, visibility, created_at, updated_at)
      select 'k' || i || '-' || s || '-' || d, 'u' || i || case when s = 1 then 'b' else 'a' end,
        case when d % 5 <> 0 then 'c' || i end, to_char(${base}::date + d, 'YYYY-MM-DD'),
        case when d % 4 = 0 then 2 else 0 end, case when d % 3 = 0 then 2 else 0 end, 1, case when d % 7 = 0 then 1 else 0 end,
        'A long walk after work.', 'The meeting ran over and I felt unheard.', 'mh-01',
        'I keep thinking about what my manager said; it stung more than I showed.',
        case when d % 5 <> 0 then 'shared' else 'private' end,
        ${BASE}::bigint + d::bigint * ${DAY_MS} + s * 3600000 + i % 1000, ${BASE}::bigint + d::bigint * ${DAY_MS}
      from generate_series(${start}::int, ${end}::int) i, generate_series(${fromDay}::int, ${toDay - 1}::int) d, generate_series(0, 1) s`.execute(db);
    await sql`
      insert into replies (id, target_kind, target_id, author_id, couple_id, body, created_at, coach_level, coach_pitfalls, coach_moves, feedback_heard, feedback_note, feedback_at)
      select 'r' || i || '-' || s || '-' || d, 'checkin', 'k' || i || '-' || s || '-' || d, 'u' || i || case when s = 1 then 'a' else 'b' end, 'c' || i,
        'That sounds hard. What stung most?', ${BASE}::bigint + d::bigint * ${DAY_MS} + 7200000, 1, '', 'validation,exploration', null, null, null
      from generate_series(${start}::int, ${end}::int) i, generate_series(${fromDay}::int, ${toDay - 1}::int) d, generate_series(0, 1) s
      where d % 5 <> 0 and d % 2 = 0`.execute(db);
    log(`  loaded days ${fromDay}-${toDay - 1}: ${end + 1}/${couples} couples`);
  }
}
