import { GROWTH_EXERCISES } from "./growth.ts";
import { READINESS_ITEMS, READINESS_VERSION, type ReadinessItem } from "./items.ts";
import type { ReadinessAnswers, ReadinessResult, SubscaleResult } from "./schema.ts";
import { SUBSCALES, bandFor, type SubscaleId } from "./subscales.ts";

/**
 * The smallest gap between two subscale scores (0..100) that we read as a real
 * difference. With 6 items per subscale and no reliability measured on real answers yet,
 * we assume a conservative reliability of 0.70 and a between-person SD of 15 points:
 * SEM = 15 × √(1 − 0.70) ≈ 8.2, and the difference of two scores needs 1.28 × √2 × SEM
 * ≈ 15 points to stand out at the 80% level. Re-derive it from
 * scripts/readiness-reliability.ts once an instance has real answers.
 */
export const MEASUREMENT_GAP = 15;

/** An answer as it counts towards its subscale: reverse-keyed items flip 1..5 to 5..1. */
export function keyedValue(item: ReadinessItem, answer: number): number {
  return item.reverse ? 6 - answer : answer;
}

/**
 * Scores a complete set of answers (validate with `answersBody` first; throws on a
 * missing or out-of-range answer rather than guess). Each subscale's score is the mean
 * of its keyed answers mapped from 1..5 to 0..100. The strongest area is the highest
 * score and the area to grow the lowest of the others; ties go to the area listed first
 * in `SUBSCALES`, so the same answers always give the same result.
 *
 * @example
 * const r = scoreReadiness(answers);
 * r.subscales[0]; // { subscale: "listening", label: "Listening to understand", score: 75, band: "strong", meaning: "…" }
 * r.growth;       // { subscale: "curiosity", exerciseIds: ["…", "…", "…"] }
 */
export function scoreReadiness(answers: ReadinessAnswers, items: readonly ReadinessItem[] = READINESS_ITEMS): ReadinessResult {
  const sums = new Map<SubscaleId, { total: number; count: number }>();
  for (const item of items) {
    const a = answers[item.id];
    if (a === undefined || !Number.isInteger(a) || a < 1 || a > 5) {
      throw new RangeError(`Answer for ${item.id} must be an integer from 1 to 5.`);
    }
    const s = sums.get(item.subscale) ?? { total: 0, count: 0 };
    s.total += keyedValue(item, a);
    s.count += 1;
    sums.set(item.subscale, s);
  }

  const subscales: SubscaleResult[] = SUBSCALES.filter((s) => sums.has(s.id)).map((s) => {
    const { total, count } = sums.get(s.id) ?? { total: 0, count: 1 };
    const score = Math.round(((total / count - 1) / 4) * 100);
    const band = bandFor(score);
    return { subscale: s.id, label: s.label, score, band, meaning: s.meaning[band] };
  });
  if (subscales.length < 2) throw new RangeError("Scoring needs items from at least two subscales.");

  // Strict comparisons keep the first-listed area on ties.
  let strongest = subscales[0] as SubscaleResult;
  for (const s of subscales) if (s.score > strongest.score) strongest = s;
  const others = subscales.filter((s) => s !== strongest);
  let growth = others[0] as SubscaleResult;
  for (const s of others) if (s.score < growth.score) growth = s;
  // An area to grow only when it stands clear of every other one.
  const clear = others.every((s) => s === growth || s.score - growth.score >= MEASUREMENT_GAP);

  return {
    version: READINESS_VERSION,
    subscales,
    strongest: strongest.subscale,
    growth: clear ? { subscale: growth.subscale, exerciseIds: [...GROWTH_EXERCISES[growth.subscale]] } : null,
  };
}
