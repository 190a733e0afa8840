import type { Insertable, Kysely } from "kysely";
import { hashToken } from "../../apps/server/src/domain/sessions.ts";
import type { Database } from "../../apps/server/src/storage/schema.ts";

/**
 * Bulk data for the daily-loop benchmark: couples with a check-in per partner per day
 * (4 in 5 shared), a partner reply on every other shared one, and one session per
 * person whose cookie token is derivable (`tokenFor`). Ids are derivable too, so the
 * load generator can aim at real rows without reading them back.
 */
export const DAY_MS = 86_400_000;
export const BASE = Date.parse("2025-01-01T00:00:00Z");
const ROWS_PER_INSERT = 1000;

export const userId = (couple: number, side: 0 | 1) => `u${couple}${side ? "b" : "a"}`;
export const checkinId = (couple: number, side: 0 | 1, day: number) => `k${couple}-${side}-${day}`;
export const tokenFor = (id: string) => `bench-token-${id}`;
export const isShared = (day: number) => day % 5 !== 0;
const dayString = (day: number) => new Date(BASE + day * DAY_MS).toISOString().slice(0, 10);

async function insertChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Iterable<Insertable<Database[T]>>,
  progress?: (n: number) => void,
): Promise<number> {
  let batch: Insertable<Database[T]>[] = [];
  let total = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db
      .insertInto(table)
      .values(batch as never)
      .execute();
    total += batch.length;
    batch = [];
    progress?.(total);
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= ROWS_PER_INSERT) await flush();
  }
  await flush();
  return total;
}

export async function loadPeople(db: Kysely<Database>, couples: number, passwordHash: string): Promise<void> {
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    await insertChunks(
      trx,
      "users",
      (function* () {
        for (let i = 0; i < couples; i++)
          for (const s of [0, 1] as const) {
            yield {
              id: userId(i, s),
              email: `${userId(i, s)}@bench.test`,
              display_name: `Person ${i}${s ? "b" : "a"}`,
              password_hash: passwordHash,
              created_at: BASE,
              password_changed_at: BASE,
              default_visibility: "shared",
            };
          }
      })(),
    );
    await insertChunks(
      trx,
      "couples",
      (function* () {
        for (let i = 0; i < couples; i++) yield { id: `c${i}`, created_at: BASE, ended_at: null };
      })(),
    );
    await insertChunks(
      trx,
      "couple_members",
      (function* () {
        for (let i = 0; i < couples; i++) for (const s of [0, 1] as const) yield { couple_id: `c${i}`, user_id: userId(i, s), joined_at: BASE, left_at: null };
      })(),
    );
    await insertChunks(
      trx,
      "sessions",
      (function* () {
        for (let i = 0; i < couples; i++)
          for (const s of [0, 1] as const) {
            const id = userId(i, s);
            yield {
              id: `s-${id}`,
              token_hash: hashToken(tokenFor(id)),
              user_id: id,
              created_at: now,
              last_seen_at: now,
              expires_at: now + 30 * DAY_MS,
              user_agent: "bench",
            };
          }
      })(),
    );
  });
}

/** Loads days [fromDay, toDay) for every couple, in transactions of ~50k rows. */
export async function loadDays(db: Kysely<Database>, couples: number, fromDay: number, toDay: number, log: (msg: string) => void): Promise<void> {
  const step = Math.max(1, Math.floor(25_000 / Math.max(1, toDay - fromDay)));
  let done = 0;
  let shownTenths = 0;
  const began = Date.now();
  for (let start = 0; start < couples; start += step) {
    const end = Math.min(couples, start + step);
    await db.transaction().execute(async (trx) => {
      await insertChunks(
        trx,
        "checkins",
        (function* () {
          for (let i = start; i < end; i++)
            for (let d = fromDay; d < toDay; d++)
              for (const s of [0, 1] as const) {
                const shared = isShared(d);
                yield {
                  id: checkinId(i, s, d),
                  author_id: userId(i, s),
                  couple_id: shared ? `c${i}` : null,
                  day: dayString(d),
                  mad: d % 4 === 0 ? 2 : 0,
                  sad: d % 3 === 0 ? 2 : 0,
                  glad: 1,
                  fear: d % 7 === 0 ? 1 : 0,
                  high: "A long walk after work.",
                  low: "The meeting ran over and I felt unheard.",
                  prompt_id: "mh-01",
                  mind_heart: "I keep thinking about what my manager said; it stung more than I showed.",
                  visibility: shared ? "shared" : "private",
                  created_at: BASE + d * DAY_MS + (s ? 3_600_000 : 0) + (i % 1000),
                  updated_at: BASE + d * DAY_MS,
                };
              }
        })(),
      );
      await insertChunks(
        trx,
        "replies",
        (function* () {
          for (let i = start; i < end; i++)
            for (let d = fromDay; d < toDay; d++)
              for (const s of [0, 1] as const) {
                if (!isShared(d) || d % 2 !== 0) continue;
                yield {
                  id: `r${i}-${s}-${d}`,
                  target_kind: "checkin",
                  target_id: checkinId(i, s, d),
                  author_id: userId(i, s ? 0 : 1),
                  couple_id: `c${i}`,
                  body: "That sounds hard. What stung most?",
                  created_at: BASE + d * DAY_MS + 7_200_000,
                  coach_level: 1,
                  coach_pitfalls: "",
                  coach_moves: "validation,exploration",
                  feedback_heard: null,
                  feedback_note: null,
                  feedback_at: null,
                };
              }
        })(),
      );
    });
    done = end;
    // Progress at every tenth, with a rough time left, not at every transaction.
    const tenths = Math.floor((done * 10) / couples);
    if (tenths > shownTenths || done === couples) {
      shownTenths = tenths;
      const left = ((Date.now() - began) / done) * (couples - done);
      log(`  loaded days ${fromDay}-${toDay - 1}: ${done}/${couples} couples${done < couples ? `, about ${Math.ceil(left / 1000)} s left` : ""}`);
    }
  }
}
