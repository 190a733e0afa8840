/**
 * Cronbach's alpha: how consistently a set of items measures one thing.
 * alpha = k / (k − 1) · (1 − Σ var(item) / var(total)), with k items and sample
 * variances (n − 1) throughout. Pure; used by scripts/readiness-alpha.ts.
 */

function variance(values: readonly number[]): number {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  return values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
}

/**
 * Alpha of a matrix with one row per respondent and one column per item (keyed values).
 * Returns NaN when it is undefined: fewer than two items or respondents, ragged rows,
 * or no variance in the totals.
 *
 * @example
 * cronbachAlpha([[1, 2], [2, 3], [3, 3]]); // 0.857…
 */
export function cronbachAlpha(matrix: readonly (readonly number[])[]): number {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2 || matrix.some((row) => row.length !== k)) return Number.NaN;
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += variance(matrix.map((row) => row[j] as number));
  const totalVariance = variance(matrix.map((row) => row.reduce((a, b) => a + b, 0)));
  if (totalVariance === 0) return Number.NaN;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
