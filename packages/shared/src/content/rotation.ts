import type { Assumption, DailyQuestion, Depth, MindHeartPrompt } from "./schema.ts";

// Pure and browser-safe: no Node APIs. The same seed and day give the same answer on
// the server and in the browser.

/** FNV-1a (32-bit) over the UTF-8 bytes of a string. */
export function fnv1a(input: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(input)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's 32-bit finalizer. FNV-1a alone lets its last bytes barely reach the high
 * bits, so ids that differ only at the end (dq-446, dq-447, …) get neighbouring hashes and
 * a couple's rank would deal a whole set together or not at all; mixing spreads them.
 */
function fmix32(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of 0..n-1 driven by mulberry32(fnv1a(seed)). */
export function seededPermutation(n: number, seed: string): number[] {
  const next = mulberry32(fnv1a(seed));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = order[i]!;
    order[i] = order[j]!;
    order[j] = a;
  }
  return order;
}

/** Euclidean modulo: also right for days before 1970. */
const mod = (a: number, n: number) => ((a % n) + n) % n;

function assertDayIndex(dayIndex: number): void {
  if (!Number.isSafeInteger(dayIndex)) throw new RangeError(`dayIndex must be a whole number of days, got ${dayIndex}.`);
}

/**
 * The depth rhythm over two weeks, Monday first: lighter questions early in the week,
 * deeper ones at the weekend. 6 light, 5 medium, 3 deep per fortnight (43/36/21%).
 */
export const FORTNIGHT_DEPTHS: readonly Depth[] = [
  // week A: Mon Tue Wed Thu Fri Sat Sun
  "light",
  "light",
  "medium",
  "light",
  "medium",
  "deep",
  "medium",
  // week B
  "light",
  "medium",
  "light",
  "light",
  "medium",
  "deep",
  "deep",
];

/** Day 0 (1970-01-01) was a Thursday, so Monday 1969-12-29 is day -3. */
const MONDAY_OFFSET = 3;

/** Position 0..13 in the fortnight rhythm (0 = Monday of week A). */
export const fortnightPosition = (dayIndex: number): number => mod(dayIndex + MONDAY_OFFSET, 14);
/** 0 = Monday … 6 = Sunday. */
export const weekday = (dayIndex: number): number => mod(dayIndex + MONDAY_OFFSET, 7);

const perFortnight = (depth: Depth) => FORTNIGHT_DEPTHS.filter((d) => d === depth).length;

/**
 * The most days of one depth that any 365 consecutive days can hold: 365 = 26 whole
 * fortnights + 1 day. A pool at least this big never repeats within a year.
 */
export const yearlyNeed = (depth: Depth): number => 26 * perFortnight(depth) + 1;

/** No question comes back to a couple within this many days of being served or answered. */
export const FRESH_DAYS = 365;

/** One day's question as the couple was served it (or answered it). */
export interface ServedDay {
  day: number;
  questionId: string;
}

export interface QuestionOptions {
  /**
   * What the couple was served or answered, in any order (entries more than FRESH_DAYS
   * away from the day are ignored). This memory is what keeps the order stable when
   * questions are added or retired, and what stops a repeat within a year. Older
   * entries still count: a question never served wins over one served two years ago.
   */
  history: readonly ServedDay[];
  /** The sets and circumstances the couple chose; questions tagged with anything else are skipped. */
  context?: readonly Assumption[];
  /** A rough patch: hold back playful questions and those marked `care`. */
  roughPatch?: boolean;
  /** Not today, whatever the history says (the question swapped away a moment ago). */
  exclude?: readonly string[];
}

export type QuestionRotation = (coupleSeed: string, dayIndex: number, options: QuestionOptions) => DailyQuestion;

/** Which depth the fortnight rhythm asks for on a day. */
export const depthOfDay = (dayIndex: number): Depth => FORTNIGHT_DEPTHS[fortnightPosition(dayIndex)]!;

/** Whether a couple's context lets a question through (retired ones never do). */
export function fitsCouple(q: DailyQuestion, context: readonly Assumption[], roughPatch: boolean): boolean {
  if (q.retired) return false;
  if (q.assumes && !q.assumes.every((a) => context.includes(a))) return false;
  // On a rough patch: nothing playful, nothing that asks for a complaint or old pain.
  if (roughPatch && (q.care !== undefined || q.topic === "play")) return false;
  return true;
}

/**
 * How questions are dealt, for a given question list. There is no fixed sequence to
 * reshuffle: each day's question is chosen from what the couple has already had.
 *
 * - Eligible: not retired, every tag covered by the context, not held back by a rough
 *   patch, not in `exclude`, and not served or answered within FRESH_DAYS of the day.
 * - The day's depth comes from FORTNIGHT_DEPTHS (lighter early in the week, deeper at
 *   the weekend); among eligible questions of that depth, the one the couple has gone
 *   longest without (never-served first) wins; ties go to a per-couple rank, a hash of
 *   seed and question id, so each couple meets the questions in its own order and a new
 *   question slots in without moving any other.
 * - If that depth has nothing fresh left, any fresh question; only when fewer than a
 *   year's worth fit the couple at all does the longest-unseen question come back early.
 */
export function createQuestionRotation(questions: readonly DailyQuestion[]): QuestionRotation {
  const indexOf = new Map(questions.map((q, i) => [q.id, i]));
  const ranks = new Map<string, Uint32Array>();
  const rankOf = (seed: string) => {
    let r = ranks.get(seed);
    if (!r) {
      if (ranks.size > 2000) ranks.clear(); // a small cache: the hashes are cheap to redo
      r = Uint32Array.from(questions, (q) => fmix32(fnv1a(`dq|${seed}|${q.id}`)));
      ranks.set(seed, r);
    }
    return r;
  };

  return (coupleSeed, dayIndex, options) => {
    assertDayIndex(dayIndex);
    const context = options.context ?? [];
    const roughPatch = options.roughPatch ?? false;
    const exclude = new Set(options.exclude ?? []);
    // For each question, the served day nearest to this one (NaN: never served).
    const last = new Float64Array(questions.length).fill(Number.NaN);
    for (const h of options.history) {
      const i = indexOf.get(h.questionId);
      if (i === undefined) continue;
      const seen = last[i]!;
      if (Number.isNaN(seen) || Math.abs(dayIndex - h.day) < Math.abs(dayIndex - seen)) last[i] = h.day;
    }
    const rank = rankOf(coupleSeed);
    const depth = depthOfDay(dayIndex);
    // Never served first, then the one served longest ago, then the couple's own rank.
    const key = (i: number) => (Number.isNaN(last[i]!) ? -Infinity : last[i]!);
    const before = (a: number, b: number) => b < 0 || key(a) < key(b) || (key(a) === key(b) && rank[a]! < rank[b]!);
    let best = -1;
    let bestAny = -1;
    let bestStale = -1;
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i]!;
      if (!fitsCouple(q, context, roughPatch) || exclude.has(q.id)) continue;
      const seen = last[i]!;
      if (Number.isNaN(seen) || Math.abs(dayIndex - seen) >= FRESH_DAYS) {
        if (q.depth === depth && before(i, best)) best = i;
        if (before(i, bestAny)) bestAny = i;
      } else if (before(i, bestStale)) {
        bestStale = i;
      }
    }
    const chosen = best >= 0 ? best : bestAny >= 0 ? bestAny : bestStale;
    if (chosen < 0) throw new Error("No daily questions fit this couple.");
    return questions[chosen]!;
  };
}

export type PromptRotation = (seed: string, dayIndex: number) => MindHeartPrompt;

/** One shuffle per seed; day i takes position i mod N, so no prompt repeats within N days. */
export function createPromptRotation(prompts: readonly MindHeartPrompt[]): PromptRotation {
  const live = prompts.filter((p) => !p.retired);
  return (seed, dayIndex) => {
    assertDayIndex(dayIndex);
    if (live.length === 0) throw new Error("No mind-and-heart prompts.");
    const order = seededPermutation(live.length, `mh|${seed}`);
    return live[order[mod(dayIndex, live.length)]!]!;
  };
}
