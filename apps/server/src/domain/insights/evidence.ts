/**
 * Sequential evidence for the warning signs: Page's CUSUM, read over a bounded look-back.
 * Each day contributes a log-likelihood ratio, "how much more likely is this day if the
 * pattern had started than if things were as usual"; the score on day `d` is the largest
 * sum over any run of consecutive days that ends on `d` and began at most `maxRun` days
 * back. Because it adds up evidence from the day a change began, it sees a clear change in
 * days rather than waiting for a fixed window to fill, and it forgets a quiet spell as soon
 * as ordinary days follow (their evidence is negative).
 *
 * Never from a single day: each day's evidence is capped at `dayCap`, so a threshold larger
 * than the cap needs several days pointing the same way, however much happened on one day.
 */
export interface Run {
  /** the summed evidence of the strongest run (0 when no run has positive evidence) */
  score: number;
  /** its first day; equals d + 1 when score is 0 */
  from: number;
}

export function strongestRun(evidence: (day: number) => number, d: number, maxRun: number, dayCap: number): Run {
  let total = 0;
  let best: Run = { score: 0, from: d + 1 };
  for (let k = d; k > d - maxRun; k -= 1) {
    total += Math.min(dayCap, evidence(k));
    if (total > best.score) best = { score: total, from: k };
  }
  return best;
}

/** Evidence from `yes` of `n` Bernoulli events for rate p1 against p0 (natural log). */
export const bernoulliLlr = (yes: number, n: number, p0: number, p1: number): number => yes * Math.log(p1 / p0) + (n - yes) * Math.log((1 - p1) / (1 - p0));

/** Evidence from a count `x` on one day for a Poisson rate λ1 against λ0 (natural log). */
export const poissonLlr = (x: number, lambda0: number, lambda1: number): number => x * Math.log(lambda1 / lambda0) - (lambda1 - lambda0);
