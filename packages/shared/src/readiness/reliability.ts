/**
 * Reliability of the Readiness Test on real answers: ordinal omega (one factor fitted to
 * polychoric correlations, the right model for 5-point ratings), Cronbach's alpha, and
 * test–retest agreement (ICC(A,1)) for people who retook it. Pure; the operator command
 * (apps/server/src/cli/readiness-reliability.ts) feeds it consenting people's answers.
 */
import { cronbachAlpha } from "./alpha.ts";
import { READINESS_ITEMS, type ReadinessItem } from "./items.ts";
import type { ReadinessAnswers } from "./schema.ts";
import { keyedValue } from "./score.ts";
import { SUBSCALES, type SubscaleId } from "./subscales.ts";

/** Standard normal CDF (Abramowitz and Stegun 7.1.26 through erf; error < 2e-7). */
export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Inverse standard normal CDF (Acklam's rational approximation; relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

// 20-point Gauss–Legendre nodes and weights on [-1, 1] (positive half).
const GL_X = [
  0.0765265211334973, 0.2277858511416451, 0.3737060887154195, 0.5108670019508271, 0.636053680726515, 0.7463319064601508, 0.8391169718222188, 0.9122344282513259,
  0.9639719272779138, 0.9931285991850949,
];
const GL_W = [
  0.1527533871307258, 0.1491729864726037, 0.142096109318382, 0.1316886384491766, 0.1181945319615184, 0.1019301198172404, 0.0832767415767048, 0.0626720483341091,
  0.0406014298003869, 0.0176140071391521,
];

/**
 * P(X ≤ h, Y ≤ k) for a standard bivariate normal with correlation rho, by Plackett's
 * identity: Φ(h)Φ(k) + ∫₀^rho φ₂(h, k; r) dr, integrated by Gauss–Legendre.
 */
export function bivariateNormalCdf(h: number, k: number, rho: number): number {
  if (h === -Infinity || k === -Infinity) return 0;
  if (h === Infinity) return normalCdf(k);
  if (k === Infinity) return normalCdf(h);
  const density = (r: number) => Math.exp(-(h * h - 2 * r * h * k + k * k) / (2 * (1 - r * r))) / (2 * Math.PI * Math.sqrt(1 - r * r));
  let integral = 0;
  for (let i = 0; i < GL_X.length; i++) {
    const x = GL_X[i]!;
    integral += GL_W[i]! * (density((rho / 2) * (1 + x)) + density((rho / 2) * (1 - x)));
  }
  return normalCdf(h) * normalCdf(k) + (rho / 2) * integral;
}

/** Thresholds between the observed categories, from cumulative proportions. */
function thresholds(values: readonly number[]): { cats: number[]; cuts: number[] } {
  const cats = [...new Set(values)].sort((a, b) => a - b);
  const cuts = [-Infinity];
  let below = 0;
  for (let c = 0; c < cats.length - 1; c++) {
    below += values.filter((v) => v === cats[c]).length;
    cuts.push(normalQuantile(below / values.length));
  }
  cuts.push(Infinity);
  return { cats, cuts };
}

/**
 * The polychoric correlation of two ordinal variables (two-step maximum likelihood:
 * thresholds from the margins, then rho by golden-section search). NaN when either
 * variable has only one category.
 */
export function polychoric(x: readonly number[], y: readonly number[]): number {
  const tx = thresholds(x);
  const ty = thresholds(y);
  if (tx.cats.length < 2 || ty.cats.length < 2) return Number.NaN;
  const counts = tx.cats.map(() => ty.cats.map(() => 0));
  for (let n = 0; n < x.length; n++) counts[tx.cats.indexOf(x[n]!)]![ty.cats.indexOf(y[n]!)]! += 1;
  const logLik = (rho: number) => {
    let sum = 0;
    for (let i = 0; i < tx.cats.length; i++) {
      for (let j = 0; j < ty.cats.length; j++) {
        const n = counts[i]![j]!;
        if (n === 0) continue;
        const [a0, a1, b0, b1] = [tx.cuts[i]!, tx.cuts[i + 1]!, ty.cuts[j]!, ty.cuts[j + 1]!];
        const p = bivariateNormalCdf(a1, b1, rho) - bivariateNormalCdf(a0, b1, rho) - bivariateNormalCdf(a1, b0, rho) + bivariateNormalCdf(a0, b0, rho);
        sum += n * Math.log(Math.max(p, 1e-300));
      }
    }
    return sum;
  };
  let lo = -0.995;
  let hi = 0.995;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 60; step++) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (logLik(m1) < logLik(m2)) lo = m1;
    else hi = m2;
  }
  return (lo + hi) / 2;
}

/** Loadings of one factor fitted to a correlation matrix by iterated principal axes. */
export function oneFactorLoadings(r: readonly (readonly number[])[]): number[] {
  const k = r.length;
  // Start from each item's largest correlation with another.
  let h = r.map((row, i) => Math.max(...row.filter((_, j) => j !== i).map(Math.abs)));
  let loadings = h.map(Math.sqrt);
  for (let iter = 0; iter < 200; iter++) {
    const m = r.map((row, i) => row.map((v, j) => (i === j ? h[i]! : v)));
    // Power iteration for the first eigenvector.
    let v = Array.from({ length: k }, () => 1 / Math.sqrt(k));
    let value = 0;
    for (let p = 0; p < 200; p++) {
      const next = m.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
      value = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
      if (value === 0) break;
      v = next.map((x) => x / value);
    }
    const sign = v.reduce((s, x) => s + x, 0) < 0 ? -1 : 1;
    loadings = v.map((x) => sign * x * Math.sqrt(value));
    const nextH = loadings.map((l) => Math.min(0.995, l * l));
    const moved = nextH.reduce((s, x, i) => s + Math.abs(x - h[i]!), 0);
    h = nextH;
    if (moved < 1e-7) break;
  }
  return loadings;
}

/** Omega total for one factor: (Σλ)² / ((Σλ)² + Σ(1 − λ²)). */
export function omegaFromLoadings(loadings: readonly number[]): number {
  const sum = loadings.reduce((s, l) => s + l, 0);
  const unique = loadings.reduce((s, l) => s + (1 - l * l), 0);
  return (sum * sum) / (sum * sum + unique);
}

/** Ordinal omega of a people × items matrix of ratings (NaN when an item has no spread). */
export function ordinalOmega(matrix: readonly (readonly number[])[]): number {
  const k = matrix[0]?.length ?? 0;
  if (matrix.length < 2 || k < 2) return Number.NaN;
  const columns = Array.from({ length: k }, (_, j) => matrix.map((row) => row[j]!));
  const r = columns.map((x, i) => columns.map((y, j) => (i === j ? 1 : j < i ? 0 : polychoric(x, y))));
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) r[i]![j] = r[j]![i]!;
  if (r.some((row) => row.some(Number.isNaN))) return Number.NaN;
  return omegaFromLoadings(oneFactorLoadings(r));
}

/**
 * ICC(A,1): two-way, absolute agreement, single measurement (McGraw and Wong), for
 * pairs of scores (first attempt, retake). NaN with fewer than two pairs.
 */
export function iccAgreement(pairs: readonly (readonly [number, number])[]): number {
  const n = pairs.length;
  if (n < 2) return Number.NaN;
  const k = 2;
  const grand = pairs.reduce((s, [a, b]) => s + a + b, 0) / (n * k);
  const rowMeans = pairs.map(([a, b]) => (a + b) / 2);
  const colMeans = [0, 1].map((c) => pairs.reduce((s, p) => s + p[c]!, 0) / n);
  const ssRows = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssTotal = pairs.reduce((s, [a, b]) => s + (a - grand) ** 2 + (b - grand) ** 2, 0);
  const msr = ssRows / (n - 1);
  const msc = ssCols / (k - 1);
  const mse = (ssTotal - ssRows - ssCols) / ((n - 1) * (k - 1));
  const denominator = msr + (k - 1) * mse + (k * (msc - mse)) / n;
  return denominator === 0 ? Number.NaN : (msr - mse) / denominator;
}

export interface ReliabilityRow {
  subscale: SubscaleId;
  items: number;
  people: number;
  ordinalOmega: number;
  alpha: number;
  /** people with a retake in the window, and their agreement */
  retestPairs: number;
  retestIcc: number;
}

/** The mean keyed answer of a subscale for one set of answers. */
const subscaleMean = (answers: ReadinessAnswers, items: readonly ReadinessItem[]) =>
  items.reduce((s, i) => s + keyedValue(i, answers[i.id]!), 0) / items.length;

/**
 * Per-subscale reliability from each consenting person's first attempt, and
 * test–retest agreement from those who retook it. Aggregates only: no row names anyone.
 */
export function reliabilityReport(
  people: readonly { first: ReadinessAnswers; retake?: ReadinessAnswers | undefined }[],
  items: readonly ReadinessItem[] = READINESS_ITEMS,
): ReliabilityRow[] {
  return SUBSCALES.map((s) => {
    const its = items.filter((i) => i.subscale === s.id);
    const matrix = people.map((p) => its.map((i) => keyedValue(i, p.first[i.id]!)));
    const pairs = people.flatMap((p) => (p.retake ? [[subscaleMean(p.first, its), subscaleMean(p.retake, its)] as const] : []));
    return {
      subscale: s.id,
      items: its.length,
      people: people.length,
      ordinalOmega: ordinalOmega(matrix),
      alpha: cronbachAlpha(matrix),
      retestPairs: pairs.length,
      retestIcc: iccAgreement(pairs),
    };
  });
}
