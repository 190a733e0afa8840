import type { LabelledCase } from "./corpus.ts";

export type ReplyCase = LabelledCase & { reply: string };

/** The cases whose reply holds at least one pitfall by the writer's labels. */
export const repliesWithPitfall = (cases: readonly LabelledCase[]): ReplyCase[] =>
  cases.filter((c): c is ReplyCase => c.reply !== undefined && c.pitfalls.length > 0);

/**
 * `n` cases, round-robin over strata by first pitfall (each stratum shuffled with `random`),
 * so every pitfall is represented. Used by the judging and the reading samples alike.
 */
export function stratifiedByPitfall(pool: readonly ReplyCase[], n: number, random: () => number): ReplyCase[] {
  const strata = new Map<string, ReplyCase[]>();
  for (const c of pool
    .map((c) => ({ c, r: random() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.c)) {
    const key = c.pitfalls[0] ?? "";
    strata.set(key, [...(strata.get(key) ?? []), c]);
  }
  const keys = [...strata.keys()].sort();
  const chosen: ReplyCase[] = [];
  for (let round = 0; chosen.length < n && round < 1000; round++) {
    for (const k of keys) {
      const c = strata.get(k)?.[round];
      if (c !== undefined && chosen.length < n) chosen.push(c);
    }
  }
  return chosen;
}
