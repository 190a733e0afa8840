/**
 * Coach v9: the blind judges' graded rewrites (w10–w13, judges E–L, all spent) run again
 * through the current coach, and checked by the judges' own reasons:
 *
 * - a 0 for the mood read the wrong way round (the reason says good news was read as bad,
 *   or a hurt as good news): is the new rewrite's line right for the mood (no "sorry",
 *   "oh no" or "ugh" of ours on good news; no congratulation, "proud", "lovely" on a hurt)?
 * - a 0 for a hurtful line kept (the reason quotes it): is the quoted line gone?
 * - every item a judge graded 2: is the rewrite unchanged (else it is listed, to read)?
 *
 * Reads the judges' files only (`/work/judge-*`: in.jsonl, grades.jsonl), never a blind
 * writer. `--items` prints one JSON line per item instead (share, reply, graded rewrite,
 * grades, the rewrite now), for diffing builds.
 *
 *   node --import tsx packages/coach/scripts/judge-check.ts [--root /work] [--items] [--list] [--base items-of-another-build.jsonl]
 */
import { existsSync, readFileSync } from "node:fs";
import { analyze } from "../src/analyze.ts";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const root = arg("--root", "/work");
const list = process.argv.includes("--list");

/** Judges who graded the same items, and the writer they graded. */
const PAIRS: readonly (readonly [string, ...string[]])[] = [
  ["w10", "E", "F"],
  ["w11", "G", "H"],
  ["w12", "I", "J"],
  ["w13", "K", "L"],
];

interface Grade {
  grade: number;
  reason: string;
}
interface Item {
  set: string;
  id: string;
  share: string;
  reply: string;
  graded: string | null;
  grades: Record<string, Grade>;
  now: string | null;
}

function lines<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

const items: Item[] = [];
for (const [set, ...judges] of PAIRS) {
  const byId = new Map<string, Item>();
  for (const judge of judges) {
    const dir = `${root}/judge-${judge}`;
    for (const it of lines<{ id: string; share: string; reply: string; rewrite: string | null; partnerNotes?: string[] }>(`${dir}/in.jsonl`)) {
      if (byId.has(it.id)) continue;
      const input = { share: it.share, reply: it.reply, ...(it.partnerNotes ? { partnerNotes: it.partnerNotes } : {}) };
      byId.set(it.id, { set, id: it.id, share: it.share, reply: it.reply, graded: it.rewrite, grades: {}, now: analyze(input).rewrite ?? null });
    }
    for (const g of lines<{ id: string; grade: number; reason: string }>(`${dir}/grades.jsonl`)) {
      const it = byId.get(g.id);
      if (it !== undefined) it.grades[judge] = { grade: g.grade, reason: g.reason };
    }
  }
  items.push(...byId.values());
}

if (process.argv.includes("--items")) {
  for (const it of items) console.log(JSON.stringify(it));
  process.exit(0);
}

/** The judge's reason says our line consoled good news ("misreads good news as bad", "'sorry' treats … news as bad"). */
const READ_AS_BAD =
  /\bas (?:bad|hard|a worry|a burden|bad news)\b|misreads? (?:a |an )?(?:joyful|peaceful|proud|funny|neutral|good)|treats? .* as (?:bad|hard)|\bno celebration\b|wrong for good news|contradictory/i;
/** …or celebrated a hurt ("misreads a forced sale as good news", "'proud of you'", "'lovely' to an upset share"). */
const READ_AS_GOOD = /\bas (?:good|great|pure good) news\b|proud of you|feel loved|lovely|misreads (?:a )?(?:hurt|painful|mixed)/i;
/** A line of ours that consoles, and one that celebrates. */
const CONSOLES = /\b(?:sorry|oh no|ugh|that sounds (?:really )?hard|rough|a lot to (?:have|carry|sit|deal))\b/i;
const CELEBRATES =
  /\b(?:proud of you|congrat\w*|brilliant|great news|so good|love that|lovely|yay|happy for you|well done|amazing|wonderful|really special)\b|\byes!/i;
/** What the rewrite says beyond the reply's own words: our lines. */
function ours(rewrite: string, reply: string): string {
  const own = reply.toLowerCase();
  return rewrite
    .split(/(?<=[.!?])\s+/)
    .filter(
      (s) =>
        !own.includes(
          s
            .toLowerCase()
            .replace(/[.!?]+$/, "")
            .trim(),
        ),
    )
    .join(" ");
}

const zeros = items.filter((it) => Object.values(it.grades).some((g) => g.grade === 0));
const reasonsOf = (it: Item): string =>
  Object.values(it.grades)
    .filter((g) => g.grade === 0)
    .map((g) => g.reason)
    .join(" | ");
let moodN = 0;
let moodRight = 0;
let keptN = 0;
let keptGone = 0;
const out: string[] = [];
for (const it of zeros) {
  const why = reasonsOf(it);
  if (/whose (?:news|loss)/i.test(why)) continue;
  const asBad = READ_AS_BAD.test(why);
  const asGood = READ_AS_GOOD.test(why);
  if (asBad || asGood) {
    moodN++;
    const added = it.now === null ? "" : ours(it.now, it.reply);
    const right = it.now !== null && !(asBad && CONSOLES.test(added)) && !(asGood && CELEBRATES.test(added));
    if (right) moodRight++;
    if (list)
      out.push(
        `${right ? "ok " : "BAD"} mood ${it.set} ${it.id} [${asBad ? "read as bad" : "read as good"}] ${it.share.slice(0, 70)}\n      was: ${it.graded}\n      now: ${it.now}`,
      );
    continue;
  }
  const quoted = /\bkeeps?\b/i.test(why) ? [...why.matchAll(/['"\u2018\u201c]([^'"\u2019\u201d]{4,})['"\u2019\u201d]/g)].map((m) => m[1] ?? "") : [];
  if (quoted.length > 0) {
    keptN++;
    const low = (it.now ?? "").toLowerCase();
    const gone = it.now !== null && quoted.every((q) => !low.includes(q.toLowerCase().replace(/\.$/, "")));
    if (gone) keptGone++;
    if (list) out.push(`${gone ? "ok " : "BAD"} kept ${it.set} ${it.id} ${quoted.join(" / ")}\n      was: ${it.graded}\n      now: ${it.now}`);
  }
}
const twos = items.filter((it) => Object.values(it.grades).some((g) => g.grade === 2));
// With --base (an --items file from another build), a 2 counts as changed when this build's rewrite differs from that build's.
const baseFile = arg("--base", "");
const base = new Map(baseFile === "" ? [] : lines<Item>(baseFile).map((b) => [`${b.set} ${b.id}`, b.now] as const));
const before = (it: Item): string | null => (base.has(`${it.set} ${it.id}`) ? (base.get(`${it.set} ${it.id}`) ?? null) : it.graded);
const changedTwos = twos.filter((it) => it.now !== before(it));
for (const it of changedTwos) if (list) out.push(`2 changed ${it.set} ${it.id} ${it.share.slice(0, 70)}\n      was: ${before(it)}\n      now: ${it.now}`);
if (list) console.log(out.join("\n"));
console.log(`${items.length} judged items (w10–w13), ${zeros.length} with a 0`);
console.log(`0 for the mood read the wrong way round: ${moodRight} of ${moodN} now have a line right for the mood`);
console.log(`0 for a hurtful line kept (quoted by the judge): ${keptGone} of ${keptN} now drop it`);
console.log(`graded 2 by a judge: ${twos.length}; rewrite changed ${baseFile === "" ? "since it was graded" : `from ${baseFile}`}: ${changedTwos.length}`);
