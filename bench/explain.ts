/**
 * Query plans of the hot paths (timeline, reply, daily question, partner map), taken from
 * the SQL the repositories actually send: loads the loop bench's data, runs each repository
 * call once with Kysely's query log on, and asks the engine for the plan of every statement —
 * SQLite `EXPLAIN QUERY PLAN`, PostgreSQL `EXPLAIN (ANALYZE, BUFFERS)` (writes: plain EXPLAIN).
 *
 *   node --import tsx bench/explain.ts                                   # SQLite
 *   DATABASE_URL=postgres://… node --import tsx bench/explain.ts         # PostgreSQL (schema bench_explain)
 *   COUPLES=2000 DAYS=60 …
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CompiledQuery, Kysely, sql, type Dialect, type LogEvent } from "kysely";
import { argon2Hasher } from "../apps/server/src/domain/passwords.ts";
import { hashToken } from "../apps/server/src/domain/sessions.ts";
import { openDatabase } from "../apps/server/src/storage/open-store.ts";
import { openPostgres } from "../apps/server/src/storage/postgres.ts";
import { answerRepo } from "../apps/server/src/storage/repos/answers.ts";
import { checkinRepo } from "../apps/server/src/storage/repos/checkins.ts";
import { coupleRepo } from "../apps/server/src/storage/repos/couples.ts";
import { noteRepo } from "../apps/server/src/storage/repos/notes.ts";
import { replyRepo } from "../apps/server/src/storage/repos/replies.ts";
import { sessionRepo } from "../apps/server/src/storage/repos/sessions.ts";
import { userRepo } from "../apps/server/src/storage/repos/users.ts";
import type { Database } from "../apps/server/src/storage/schema.ts";
import { openSqlite } from "../apps/server/src/storage/sqlite.ts";
import { checkinId, loadDays, loadPeople, tokenFor, userId } from "./lib/loop-data.ts";

const COUPLES = Number(process.env.COUPLES ?? 500);
const DAYS = Number(process.env.DAYS ?? 60);
const SCHEMA = "bench_explain";
const pgUrl = process.env.DATABASE_URL;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "attune-explain-"));
  const engine = pgUrl ? "postgres" : "sqlite";
  const open = () => openDatabase({ dataDir, databaseUrl: pgUrl, ...(pgUrl ? { pgSchema: SCHEMA } : {}) });
  let { db } = await open();
  if (pgUrl) {
    await sql`drop schema ${sql.id(SCHEMA)} cascade`.execute(db);
    await db.destroy();
    ({ db } = await open());
  }
  await loadPeople(db, COUPLES, await argon2Hasher.hash("bench password phrase"));
  await loadDays(db, COUPLES, 0, DAYS, () => {});
  // Some of every table the paths read, so no plan is of an empty table (PostgreSQL scans
  // those rather than open an index): read markers, partner-map notes, daily answers.
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < COUPLES; i++) {
      const [a, b] = [userId(i, 0), userId(i, 1)];
      const stamp = { created_at: 1, updated_at: 1 };
      await trx
        .insertInto("partner_notes")
        .values([
          {
            id: `n${i}a`,
            author_id: a,
            subject_id: b,
            category: "joys",
            text: "Long walks",
            prompt_id: null,
            visibility: "shown",
            response_status: null,
            response_correction: null,
            response_at: null,
            ...stamp,
          },
          {
            id: `n${i}b`,
            author_id: b,
            subject_id: a,
            category: "worries",
            text: "Work",
            prompt_id: null,
            visibility: "private",
            response_status: null,
            response_correction: null,
            response_at: null,
            ...stamp,
          },
        ])
        .execute();
      await trx
        .insertInto("daily_answers")
        .values([
          { id: `a${i}a`, couple_id: `c${i}`, day: "2025-02-01", user_id: a, question_id: "q1", text: "Yes", created_at: 1 },
          { id: `a${i}b`, couple_id: `c${i}`, day: "2025-02-01", user_id: b, question_id: "q1", text: "No", created_at: 2 },
        ])
        .execute();
      const reads = Array.from({ length: Math.min(DAYS, 20) }, (_, d) => ({ user_id: a, checkin_id: checkinId(i, 1, d), read_at: 1 }));
      await trx.insertInto("checkin_reads").values(reads).execute();
    }
  });
  if (pgUrl) await sql`vacuum analyze`.execute(db);
  await db.destroy();

  // The same engine again, with the query log on: every statement a repository sends.
  const sent: CompiledQuery[] = [];
  const dialect: Dialect = pgUrl ? openPostgres(pgUrl, { searchPath: SCHEMA }).dialect : openSqlite(dataDir).dialect;
  const logged = new Kysely<Database>({ dialect, log: (e: LogEvent) => void (e.level === "query" && sent.push(e.query)) });

  const me = userId(7, 0);
  const partner = userId(7, 1);
  const couple = "c7";
  const target = checkinId(7, 1, DAYS - 2);
  const now = Date.now();
  const calls: [string, () => Promise<unknown>][] = [
    ["session: sessions.findActiveByTokenHash", () => sessionRepo(logged).findActiveByTokenHash(hashToken(tokenFor(me)), now)],
    ["session: users.findById", () => userRepo(logged).findById(me)],
    ["couple: couples.activeForUser", () => coupleRepo(logged).activeForUser(me)],
    ["timeline: checkins.timeline (first page)", () => checkinRepo(logged).timeline(couple, me, null, 10)],
    ["timeline: checkins.timeline (next page)", () => checkinRepo(logged).timeline(couple, me, { key: now, id: "k" }, 10)],
    ["timeline: checkins.unreadCount", () => checkinRepo(logged).unreadCount(couple, me)],
    ["timeline: checkins.timelineOf (couple, page and count in one)", () => checkinRepo(logged).timelineOf(me, null, 10)],
    ["timeline: checkins.timelineOf (next page)", () => checkinRepo(logged).timelineOf(me, { key: now, id: "k" }, 10)],
    ["reply: checkins.findById", () => checkinRepo(logged).findById(target)],
    ["reply: notes.byAuthorAbout", () => noteRepo(logged).byAuthorAbout(me, partner)],
    [
      "reply: replies.create",
      () =>
        replyRepo(logged).create({
          id: `explain-${now}`,
          targetKind: "checkin",
          targetId: target,
          authorId: me,
          coupleId: couple,
          body: "b",
          createdAt: now,
          coach: null,
          feedback: null,
        }),
    ],
    ["replies: replies.listForTarget", () => replyRepo(logged).listForTarget("checkin", target)],
    ["check-in: checkins.findItem", () => checkinRepo(logged).findItem(target, me)],
    ["daily question: answers.forCoupleDay", () => answerRepo(logged).forCoupleDay(couple, "2025-02-01")],
    ["partner map: notes.shownTo", () => noteRepo(logged).shownTo(me, partner)],
  ];
  try {
    for (const [name, call] of calls) {
      sent.length = 0;
      await call();
      for (const q of [...sent]) {
        const isRead = /^\s*select/i.test(q.sql);
        const prefix = engine === "sqlite" ? "explain query plan " : isRead ? "explain (analyze, buffers, costs off) " : "explain (costs off) ";
        const { rows } = await logged.executeQuery(CompiledQuery.raw(prefix + q.sql, [...q.parameters]));
        console.log(`\n### ${name}\n\n\`\`\`sql\n${q.sql}\n\`\`\`\n\n\`\`\``);
        for (const row of rows as Record<string, unknown>[])
          console.log(engine === "sqlite" ? `${"  ".repeat(depth(row, rows as Row[]))}${String(row.detail)}` : String(row["QUERY PLAN"]));
        console.log("```");
      }
    }
  } finally {
    await logged.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Row = Record<string, unknown>;
/** SQLite's plan rows name their parent; indent by depth as the sqlite3 shell does. */
function depth(row: Row, rows: Row[]): number {
  let d = 0;
  let parent = Number(row.parent);
  while (parent) {
    d++;
    parent = Number(rows.find((r) => Number(r.id) === parent)?.parent ?? 0);
  }
  return d;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
