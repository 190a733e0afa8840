/**
 * What the simulated evidence allows, whatever the rule (docs/insights.md, third pass), on tuning seeds only:
 *   node --import tsx scripts/insights-sim/bounds.ts harshness|imbalance
 * 1. harshness: how many harsh replies the person concerned writes in a pattern's first 14 days, against
 *    the most any healthy person writes in some 14 days of their year;
 * 2. a binomial scan statistic that knows the onset: the smallest tail probability of a run's counts
 *    under the person's own usual rate, within the first 14 days; its threshold spends a given share of
 *    healthy couples, and we print the detection it buys.
 */
import { dayOfTime } from "../../apps/server/src/domain/insights/facts.ts";
import { buildSeries, HARSH_PITFALLS, type PersonSeries } from "../../apps/server/src/domain/insights/series.ts";
import { viewFor } from "../../apps/server/src/domain/insights/view.ts";
import { simulateCouple } from "./generate.ts";

const sign = process.argv[2] === "imbalance" ? "imbalance" : "harshness";
const N = 300;
const HEALTHY = 400;
const histogram = (xs: number[]) => {
  const h = new Map<number, number>();
  for (const x of xs) h.set(x, (h.get(x) ?? 0) + 1);
  return [...h]
    .sort((a, b) => a[0] - b[0])
    .map(([k, v]) => `${k}:${v}`)
    .join(" ");
};

if (sign === "harshness") {
  const inPattern = Array.from({ length: N }, (_, i) => {
    const c = simulateCouple(1000 + i, "harshness");
    const o = c.onset!;
    return c.facts.replies.filter(
      (r) => r.authorId === c.concerns && dayOfTime(r.createdAt) >= o && dayOfTime(r.createdAt) <= o + 13 && r.pitfalls.some((p) => HARSH_PITFALLS.has(p)),
    ).length;
  });
  const healthyMax = Array.from({ length: HEALTHY }, (_, i) => {
    const c = simulateCouple(51_000 + i, "healthy");
    let most = 0;
    for (const p of c.facts.people) {
      const days = c.facts.replies
        .filter((r) => r.authorId === p && r.pitfalls.some((x) => HARSH_PITFALLS.has(x)))
        .map((r) => dayOfTime(r.createdAt))
        .sort((a, b) => a - b);
      for (let j = 0; j < days.length; j += 1) {
        let k = j;
        while (k < days.length && days[k]! - days[j]! <= 13) k += 1;
        most = Math.max(most, k - j);
      }
    }
    return most;
  });
  console.log(`harsh replies in a pattern's first 14 days (count:couples): ${histogram(inPattern)}`);
  console.log(`healthy: most harsh replies by one partner in any 14 days (count:couples): ${histogram(healthyMax)}`);
}

const lnChoose = (n: number, k: number) => {
  let s = 0;
  for (let i = 1; i <= k; i += 1) s += Math.log(n - k + i) - Math.log(i);
  return s;
};
/** log P(X ≥ x) (upper) or log P(X ≤ x) for X ~ Binomial(n, p) */
const logTail = (x: number, n: number, p: number, upper: boolean) => {
  let acc = -Infinity;
  for (let k = upper ? x : 0; k <= (upper ? n : x); k += 1) {
    const t = lnChoose(n, k) + k * Math.log(p) + (n - k) * Math.log(1 - p);
    acc = Math.max(acc, t) + Math.log1p(Math.exp(-Math.abs(acc - t)));
  }
  return acc;
};
/** the strongest run of 3..maxLen days ending on d, as −log p under the person's usual (their 56 baseline days) */
const scan = (s: PersonSeries, d: number, maxLen: number) => {
  const base = [d - 28 - 56 + 1, d - 28] as const;
  let best = 0;
  for (let len = 3; len <= maxLen; len += 1) {
    const from = d - len + 1;
    if (sign === "harshness") {
      const p = (s.repliesHarsh.sum(...base) + 1) / (s.repliesRead.sum(...base) + 30);
      const h = s.repliesHarsh.sum(from, d);
      if (h >= 2) best = Math.max(best, -logTail(h, s.repliesRead.sum(from, d), p, true));
    } else {
      const n = s.checkins.sum(...base);
      if (n < 10) continue;
      const p = Math.min(0.97, (s.shared.sum(...base) + 1) / (n + 2));
      best = Math.max(best, -logTail(s.shared.sum(from, d), s.checkins.sum(from, d), p, false));
    }
  }
  return best;
};
const injected = Array.from({ length: N }, (_, i) => {
  const c = simulateCouple(1000 + i, sign);
  const s = buildSeries(viewFor(c.facts, c.concerns!), c.start, c.end).byPerson.get(c.concerns!)!;
  let most = 0;
  for (let d = c.onset! + 2; d <= c.onset! + 13; d += 1) most = Math.max(most, scan(s, d, d - c.onset! + 1));
  return most;
}).sort((a, b) => b - a);
const healthy = Array.from({ length: HEALTHY }, (_, i) => {
  const c = simulateCouple(51_000 + i, "healthy");
  let most = 0;
  for (const p of c.facts.people) {
    const s = buildSeries(viewFor(c.facts, p), c.start, c.end).byPerson.get(p)!;
    for (let d = c.start + 84; d <= c.end; d += 1) most = Math.max(most, scan(s, d, 14));
  }
  return most;
}).sort((a, b) => b - a);
for (const budget of [0.0125, 0.025, 0.05, 0.1]) {
  const t = healthy[Math.floor(budget * healthy.length)]!;
  console.log(`${sign} scan: ${budget * 100}% of healthy couples → detected within 14 days ${((100 * injected.filter((x) => x > t).length) / N).toFixed(0)}%`);
}
const t90 = injected[Math.floor(0.9 * N)]!;
console.log(`${sign} scan: 90% detected → ${((100 * healthy.filter((x) => x >= t90).length) / HEALTHY).toFixed(1)}% of healthy couples`);
