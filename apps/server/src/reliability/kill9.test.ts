import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { SQLITE_FILE } from "../storage/sqlite.ts";
import { engines, testDatabase } from "../test/engines.ts";
import { startChildServer, type ChildServer } from "./child-server.ts";
import { HttpPerson } from "./http-person.ts";
import { seededRandom } from "@attune/shared";
import { SEED, size } from "./profile.ts";

/**
 * kill -9 durability: the real server as its own process takes check-ins and replies
 * from several writers at once and is SIGKILLed at a random moment with requests in
 * flight, again and again. Every write that was answered 2xx before the kill must be
 * there, word for word, after the restart, and the database must open clean
 * (SQLite: integrity_check and foreign_key_check; PostgreSQL: the server reopens and migrates).
 */

const KILLS = size(10, 30);
/** Acknowledged writes per round before the kill: a random number up to this. */
const MAX_WRITES_PER_ROUND = size(8, 60);
const WRITERS = 4;

interface Ack {
  kind: "checkin" | "reply";
  id: string;
  /** The check-in a reply belongs to. */
  checkinId: string;
  text: string;
  round: number;
}

function checkSqliteOpensClean(dataDir: string): void {
  const db = new Database(path.join(dataDir, SQLITE_FILE));
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
  } finally {
    db.close();
  }
}

/** The child server takes its schema from the connection string (main.ts has no schema option). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

describe("kill -9 durability", () => {
  // Concurrent: a round is mostly a server starting (module loading), so with a free core
  // the two engines' restarts overlap (each has its own data directory or schema).
  it.concurrent.each(engines)(
    `loses no acknowledged write over ${KILLS} SIGKILLs on %s and reopens clean`,
    async (engine) => {
      const tdb = testDatabase(engine);
      let databaseUrl: string | undefined;
      if (tdb.databaseUrl && tdb.pgSchema) {
        const client = new pg.Client({ connectionString: tdb.databaseUrl });
        await client.connect();
        await client.query(`create schema ${tdb.pgSchema}`);
        await client.end();
        databaseUrl = withSearchPath(tdb.databaseUrl, tdb.pgSchema);
      }
      const env = { DATA_DIR: tdb.dataDir, DATABASE_URL: databaseUrl };
      const random = seededRandom(SEED);
      const outputs: string[] = [];
      let server: ChildServer = await startChildServer(env);
      try {
        const a = await new HttpPerson(server.url).signUp("Ada");
        const b = await new HttpPerson(server.url).signUp("Bo");
        await a.linkWith(b);
        const acked: Ack[] = [];
        let day = Date.UTC(2001, 0, 1);
        const nextDay = () => {
          day += 86_400_000;
          return new Date(day).toISOString().slice(0, 10);
        };

        for (let round = 0; round < KILLS; round++) {
          const target = 1 + Math.floor(random() * MAX_WRITES_PER_ROUND);
          let ackedThisRound = 0;
          let killed = false;
          let reachedTarget: () => void = () => {};
          const targetReached = new Promise<void>((resolve) => (reachedTarget = resolve));
          const ack = (entry: Ack) => {
            acked.push(entry);
            if (++ackedThisRound >= target) reachedTarget();
          };
          const sharedCheckins = acked.filter((x) => x.kind === "checkin");
          const writer = async (w: number) => {
            for (let n = 0; !killed; n++) {
              try {
                if (w % 2 === 0 || sharedCheckins.length === 0) {
                  const text = `durable ${engine} r${round} w${w} n${n} check-in`;
                  const res = await a.call("POST", "/api/checkins", {
                    day: nextDay(),
                    emotions: { mad: 0, sad: 1, glad: 2, fear: 0 },
                    high: "",
                    low: "",
                    mindHeart: text,
                    visibility: "shared",
                  });
                  if (res.status === 201) {
                    const id = (res.json as { id: string }).id;
                    const entry: Ack = { kind: "checkin", id, checkinId: id, text, round };
                    sharedCheckins.push(entry);
                    ack(entry);
                  } else if (res.status >= 500) throw new Error(`check-in answered ${res.status}: ${res.text}`);
                } else {
                  const on = sharedCheckins[Math.floor(random() * sharedCheckins.length)];
                  if (!on) continue;
                  const text = `durable ${engine} r${round} w${w} n${n} reply`;
                  const res = await b.call("POST", `/api/checkins/${on.id}/replies`, { body: text });
                  if (res.status === 201) ack({ kind: "reply", id: (res.json as { id: string }).id, checkinId: on.id, text, round });
                  else if (res.status >= 500) throw new Error(`reply answered ${res.status}: ${res.text}`);
                }
              } catch (error) {
                // A request cut off by the kill was never acknowledged: it may or may not be there.
                if (killed) return;
                throw error;
              }
            }
          };
          const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
          const failed = Promise.all(writers).then(() => new Error("writers stopped before the kill"));
          const outcome = await Promise.race([targetReached.then(() => undefined), failed]);
          if (outcome) throw outcome;
          killed = true;
          await server.kill9();
          await Promise.allSettled(writers);
          outputs.push(server.output());
          if (engine === "sqlite") checkSqliteOpensClean(tdb.dataDir);

          server = await startChildServer(env);
          a.base = server.url;
          b.base = server.url;
          await verify(
            a,
            acked.filter((x) => x.round === round),
          );
        }
        // Everything, once more, from the last restart.
        const checked = await verify(a, acked);
        console.log(`kill -9 on ${engine}: ${KILLS} kills, ${checked} acknowledged writes checked, none lost (seed ${SEED})`);
        expect(checked).toBe(acked.length);
      } finally {
        await server.stop();
        outputs.push(server.output());
        if (engine === "sqlite") checkSqliteOpensClean(tdb.dataDir);
        await tdb.drop();
      }
      // What people wrote never reaches the server's output, not even around a crash.
      expect(outputs.join("\n")).not.toContain("durable");
    },
    900_000,
  );
});

/** Every acknowledged write is readable and unchanged; returns how many were checked. */
async function verify(reader: HttpPerson, acks: Ack[]): Promise<number> {
  const missing: string[] = [];
  for (const c of acks.filter((x) => x.kind === "checkin")) {
    const res = await reader.call("GET", `/api/checkins/${c.id}`);
    if (res.status !== 200 || (res.json as { mindHeart?: string }).mindHeart !== c.text) missing.push(`check-in ${c.id} (${res.status})`);
  }
  // Map.groupBy is Node 21+; the project supports Node 20.
  const byCheckin = new Map<string, Ack[]>();
  for (const r of acks) if (r.kind === "reply") byCheckin.set(r.checkinId, [...(byCheckin.get(r.checkinId) ?? []), r]);
  for (const [checkinId, replies] of byCheckin) {
    const res = await reader.call("GET", `/api/checkins/${checkinId}/replies`);
    const stored = new Map(((res.json as { replies?: { id: string; body: string }[] }).replies ?? []).map((r) => [r.id, r.body]));
    for (const r of replies) if (stored.get(r.id) !== r.text) missing.push(`reply ${r.id}`);
  }
  expect(missing).toEqual([]);
  return acks.length;
}
