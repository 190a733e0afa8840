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
  "light", "light", "medium", "light", "medium", "deep", "medium",
  // week B
  "light", "medium", "light", "light", "medium", "deep", "deep",
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

export interface QuestionOptions {
  /** The couple's circumstances; questions tagged with anything else are skipped. Default: none. */
  context?: readonly Assumption[];
}

export type QuestionRotation = (coupleSeed: string, dayIndex: number, options?: QuestionOptions) => DailyQuestion;

/**
 * How questions are dealt, for a given question list:
 *
 * - The eligible questions (untagged, plus tagged ones the couple's context covers) are
 *   split into three pools by depth, and each pool is shuffled per couple
 *   (Fisher–Yates seeded by the couple seed and the depth).
 * - The day's depth comes from FORTNIGHT_DEPTHS. Every day of a given depth takes the
 *   next question in that depth's shuffled pool, so within any 365 days a pool is read
 *   at most yearlyNeed(depth) times in a row, and, as long as every pool is at least
 *   that big, nothing repeats within 365 days.
 * - If a pool is too small for that (content shrank, or a narrow context), the rhythm is
 *   dropped: one shuffle of all eligible questions, day i takes position i mod N, which
 *   never repeats within N days.
 */
export function createQuestionRotation(questions: readonly DailyQuestion[]): QuestionRotation {
  const cache = new Map<string, { pools: Record<Depth, DailyQuestion[]>; all: DailyQuestion[]; rhythm: boolean }>();
  const eligible = (context: readonly Assumption[]) => {
    const key = [...new Set(context)].sort().join(",");
    let hit = cache.get(key);
    if (!hit) {
      const all = questions.filter((q) => (q.assumes ?? []).every((a) => context.includes(a)));
      const pools: Record<Depth, DailyQuestion[]> = { light: [], medium: [], deep: [] };
      for (const q of all) pools[q.depth].push(q);
      const rhythm = (Object.keys(pools) as Depth[]).every((d) => pools[d].length >= yearlyNeed(d));
      hit = { pools, all, rhythm };
      cache.set(key, hit);
    }
    return { hit, key };
  };

  return (coupleSeed, dayIndex, options = {}) => {
    assertDayIndex(dayIndex);
    const { hit, key } = eligible(options.context ?? []);
    if (hit.all.length === 0) throw new Error("No daily questions fit this couple.");
    if (!hit.rhythm) {
      const order = seededPermutation(hit.all.length, `dq|${key}|${coupleSeed}`);
      return hit.all[order[mod(dayIndex, hit.all.length)]!]!;
    }
    const position = fortnightPosition(dayIndex);
    const fortnight = Math.floor((dayIndex + MONDAY_OFFSET) / 14);
    const depth = FORTNIGHT_DEPTHS[position]!;
    let before = 0;
    for (let p = 0; p < position; p++) if (FORTNIGHT_DEPTHS[p] === depth) before++;
    // The how-many-th day of this depth since the epoch: consecutive across fortnights.
    const ordinal = fortnight * perFortnight(depth) + before;
    const pool = hit.pools[depth];
    const order = seededPermutation(pool.length, `dq|${depth}|${key}|${coupleSeed}`);
    return pool[order[mod(ordinal, pool.length)]!]!;
  };
}

export type PromptRotation = (seed: string, dayIndex: number) => MindHeartPrompt;

/** One shuffle per seed; day i takes position i mod N, so no prompt repeats within N days. */
export function createPromptRotation(prompts: readonly MindHeartPrompt[]): PromptRotation {
  return (seed, dayIndex) => {
    assertDayIndex(dayIndex);
    if (prompts.length === 0) throw new Error("No mind-and-heart prompts.");
    const order = seededPermutation(prompts.length, `mh|${seed}`);
    return prompts[order[mod(dayIndex, prompts.length)]!]!;
  };
}
