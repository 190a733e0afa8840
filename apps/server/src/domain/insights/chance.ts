/**
 * "Could this be chance?" Small exact tails, so that a rule needs both a clear change
 * and enough days of evidence: a few quiet days of a couple that shares little are not a sign.
 */

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialAtMost(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let term = (1 - p) ** n;
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term *= ((n - i + 1) / i) * (p / (1 - p));
    sum += term;
  }
  return Math.min(1, sum);
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export const binomialAtLeast = (k: number, n: number, p: number): number => (k <= 0 ? 1 : 1 - binomialAtMost(k - 1, n, p));

/** P(X ≤ k) for X ~ Poisson(mean). */
export function poissonAtMost(k: number, mean: number): number {
  if (k < 0) return 0;
  let term = Math.exp(-mean);
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term *= mean / i;
    sum += term;
  }
  return Math.min(1, sum);
}
