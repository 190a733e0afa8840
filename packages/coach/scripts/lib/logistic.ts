/**
 * Multi-output logistic regression fitted with FTRL-Proximal (McMahan et al., 2013):
 * per-coordinate learning rates, L1 + L2. The L1 term leaves rare features at exactly
 * zero, which keeps the shipped file small. Deterministic: a seeded shuffle, fixed
 * order, so the same data gives the same bytes. Used by `train-coach.ts`.
 */
import {
  compandedLevels,
  encodeLevels,
  FEATURE_SEPARATOR,
  FORMAT,
  frontCode,
  MAX_LEVEL,
  nearestLevel,
  quantize,
  TABLE_FORMAT,
  tableReader,
  type WeightsFile,
} from "../../src/emotions/codec.ts";

export interface FitConfig {
  seed: number;
  epochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** a feature must occur in this many examples to get a weight */
  minDocFreq: number;
  /** stored level = round(weight × scale) (format 2), unless `companded` is set */
  scale: number;
  /**
   * Store the weights on a companded level table (format 3, `compandedLevels(smallest, growth)`)
   * instead of evenly spaced levels; `scale` then only orders the features for the cap.
   */
  companded?: { smallest: number; growth: number };
  /**
   * Without `companded`: write the evenly spaced levels as a format 3 file anyway (a table of
   * level / scale, with front-coded names), which reads to the very same weights in less space.
   */
  tableFormat?: boolean;
  /** keep at most this many features, strongest first (the file ships in the browser); 0 = all */
  maxFeatures: number;
  /** apply the cap per output (each output keeps its own strongest), so a big output cannot crowd out a small one */
  capPerOutput?: boolean;
}

/** One example: distinct features, and per output 1, 0, or -1 when unknown (skipped). */
export interface Example {
  features: readonly string[];
  targets: readonly number[];
}

export interface LinearModel {
  outputs: string[];
  vocab: string[];
  /** vocab × outputs, row-major */
  weights: Float64Array;
  bias: Float64Array;
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles in place (Fisher–Yates) with a seeded generator: the same seed gives the same order. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Fits one model with `outputs.length` outputs. */
export function fit(examples: readonly Example[], outputs: readonly string[], config: FitConfig): LinearModel {
  const T = outputs.length;
  const docFreq = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
  const vocab = [...docFreq.keys()].filter((f) => (docFreq.get(f) ?? 0) >= config.minDocFreq).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const data = examples.map((ex) => ({
    ids: Int32Array.from(ex.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : []))),
    x: 1 / Math.sqrt(Math.max(1, ex.features.length)),
    targets: ex.targets,
  }));
  const zs = new Float64Array(vocab.length * T);
  const ns = new Float64Array(vocab.length * T);
  const bias = new Float64Array(T);
  const b2 = new Float64Array(T).fill(1e-8);
  const weightOf = (z: number, n: number): number =>
    Math.abs(z) <= config.l1 ? 0 : -(z - Math.sign(z) * config.l1) / ((config.beta + Math.sqrt(n)) / config.alpha + config.l2);
  const random = rng(config.seed);
  const order = data.map((_, i) => i);
  let w = new Float64Array(512);
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    shuffle(order, random);
    for (const idx of order) {
      const ex = data[idx] as (typeof data)[number];
      const m = ex.ids.length;
      if (m > w.length) w = new Float64Array(m);
      for (let k = 0; k < T; k++) {
        const y = ex.targets[k] as number;
        if (y < 0) continue;
        let z = bias[k] as number;
        for (let i = 0; i < m; i++) {
          const j = (ex.ids[i] as number) * T + k;
          const wi = weightOf(zs[j] as number, ns[j] as number);
          w[i] = wi;
          z += wi * ex.x;
        }
        const g = sigmoid(z) - y;
        const gx = g * ex.x;
        const g2 = gx * gx;
        for (let i = 0; i < m; i++) {
          const j = (ex.ids[i] as number) * T + k;
          const n = ns[j] as number;
          const sigma = (Math.sqrt(n + g2) - Math.sqrt(n)) / config.alpha;
          zs[j] = (zs[j] as number) + gx - sigma * (w[i] as number);
          ns[j] = n + g2;
        }
        b2[k] = (b2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (config.alpha * g) / Math.sqrt(b2[k] as number);
      }
    }
  }
  const weights = new Float64Array(vocab.length * T);
  for (let j = 0; j < weights.length; j++) weights[j] = weightOf(zs[j] as number, ns[j] as number);
  return compact({ outputs: [...outputs], vocab, weights, bias }, config);
}

/** How a config's weights become stored levels and back. */
interface LevelCodec {
  level: (weight: number) => number;
  value: (level: number) => number;
  fields: { format: typeof FORMAT; scale: number } | { format: typeof TABLE_FORMAT; levels: number[] };
}

function codecOf(config: Pick<FitConfig, "scale" | "companded" | "tableFormat">): LevelCodec {
  const c = config.companded;
  if (c === undefined) {
    const level = (w: number): number => quantize(w, config.scale);
    const value = (l: number): number => l / config.scale;
    if (config.tableFormat !== true) return { level, value, fields: { format: FORMAT, scale: config.scale } };
    const levels = Array.from({ length: 2 * MAX_LEVEL + 1 }, (_, i) => value(i - MAX_LEVEL));
    return { level, value, fields: { format: TABLE_FORMAT, levels } };
  }
  const levels = compandedLevels(c.smallest, c.growth);
  return { level: (w) => nearestLevel(w, levels), value: tableReader(levels, "weights"), fields: { format: TABLE_FORMAT, levels } };
}

/** The model as the file holds it: weights on the file's levels, features with no non-zero level dropped. */
function compact(model: LinearModel, config: FitConfig): LinearModel {
  const { maxFeatures } = config;
  const perOutput = config.capPerOutput === true;
  const codec = codecOf(config);
  const quantize = codec.level;
  const T = model.outputs.length;
  const strength = (f: number): number => {
    let s = 0;
    for (let k = 0; k < T; k++) s = Math.max(s, Math.abs(quantize(model.weights[f * T + k] as number)));
    return s;
  };
  let keep: number[] = [];
  for (let f = 0; f < model.vocab.length; f++) if (strength(f) > 0) keep.push(f);
  if (perOutput && maxFeatures > 0) {
    const per = Math.floor(maxFeatures / T);
    const chosen = new Set<number>();
    for (let k = 0; k < T; k++) {
      const level = (f: number): number => Math.abs(quantize(model.weights[f * T + k] as number));
      keep
        .filter((f) => level(f) > 0)
        .sort((a, b) => level(b) - level(a) || a - b)
        .slice(0, per)
        .forEach((f) => {
          chosen.add(f);
        });
    }
    keep = [...chosen].sort((a, b) => a - b);
  } else if (maxFeatures > 0 && keep.length > maxFeatures) {
    // strongest first, ties by name (vocab is sorted, so by index): the cut is deterministic
    keep = keep
      .sort((a, b) => strength(b) - strength(a) || a - b)
      .slice(0, maxFeatures)
      .sort((a, b) => a - b);
  }
  const weights = new Float64Array(keep.length * T);
  keep.forEach((f, i) => {
    for (let k = 0; k < T; k++) weights[i * T + k] = codec.value(quantize(model.weights[f * T + k] as number));
  });
  return { ...model, vocab: keep.map((f) => model.vocab[f] ?? ""), weights };
}

/** Probabilities exactly as the runtime computes them (`src/model/model.ts`). */
export function predictor(model: LinearModel): (features: readonly string[]) => number[] {
  const T = model.outputs.length;
  const index = new Map(model.vocab.map((f, i) => [f, i]));
  return (features) => {
    const z = Array.from(model.bias);
    const x = 1 / Math.sqrt(Math.max(1, features.length));
    for (const f of features) {
      const row = index.get(f);
      if (row === undefined) continue;
      for (let k = 0; k < T; k++) z[k] = (z[k] as number) + (model.weights[row * T + k] as number) * x;
    }
    return z.map(sigmoid);
  };
}

/** Per output, the threshold with the best F1 over (probability, gold) pairs; gold -1 is skipped. */
export function tuneThresholds(probs: readonly (readonly number[])[], gold: readonly (readonly number[])[], T: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < T; k++) {
    let best = { t: 0.5, f1: -1 };
    for (let step = 5; step <= 90; step++) {
      const t = step / 100;
      let tp = 0,
        fp = 0,
        fn = 0;
      for (let i = 0; i < probs.length; i++) {
        const y = gold[i]?.[k] ?? -1;
        if (y < 0) continue;
        const p = (probs[i]?.[k] ?? 0) >= t;
        if (p && y === 1) tp++;
        else if (p) fp++;
        else if (y === 1) fn++;
      }
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      // ties go to the threshold nearest 0.5, so an output with no signal stays neutral
      if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && Math.abs(t - 0.5) < Math.abs(best.t - 0.5))) best = { t, f1 };
    }
    out.push(best.t);
  }
  return out;
}

/**
 * Like {@link tuneThresholds}, but each output's threshold maximises the mean of its F1 on
 * two sets (for the share emotions: our writers' out-of-writer predictions, and held-out
 * GoEmotions train rows), so neither set alone decides. An output set B has no labels
 * for keeps set A's threshold.
 */
export function tuneThresholdsBalanced(
  a: { probs: readonly (readonly number[])[]; gold: readonly (readonly number[])[] },
  b: { probs: readonly (readonly number[])[]; gold: readonly (readonly number[])[] },
  T: number,
): number[] {
  const f1At = (set: typeof a, k: number, t: number): number | null => {
    let tp = 0,
      fp = 0,
      fn = 0,
      n = 0;
    for (let i = 0; i < set.probs.length; i++) {
      const y = set.gold[i]?.[k] ?? -1;
      if (y < 0) continue;
      n++;
      const p = (set.probs[i]?.[k] ?? 0) >= t;
      if (p && y === 1) tp++;
      else if (p) fp++;
      else if (y === 1) fn++;
    }
    return n === 0 ? null : tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  const only = tuneThresholds(a.probs, a.gold, T);
  return only.map((fallback, k) => {
    if (f1At(b, k, 0.5) === null) return fallback;
    let best = { t: 0.5, f1: -1 };
    for (let step = 5; step <= 90; step++) {
      const t = step / 100;
      const f1 = ((f1At(a, k, t) ?? 0) + (f1At(b, k, t) ?? 0)) / 2;
      if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && Math.abs(t - 0.5) < Math.abs(best.t - 0.5))) best = { t, f1 };
    }
    return best.t;
  });
}

/** The weights file of a model, thresholds folded into the biases so 0.5 decides. */
export function toWeightsFile(
  model: LinearModel,
  thresholds: readonly number[],
  config: Pick<FitConfig, "scale" | "companded" | "tableFormat">,
  about: string,
): WeightsFile {
  const codec = codecOf(config);
  const { fields } = codec;
  const bias = model.outputs.map((_, k) => {
    const t = thresholds[k] ?? 0.5;
    return Math.round(((model.bias[k] as number) - Math.log(t / (1 - t))) * 1e4) / 1e4;
  });
  const weights = encodeLevels(Array.from(model.weights, (v) => codec.level(v)));
  // keys in the order format 2 files always had, so the share model's file stays byte for byte
  if (fields.format === FORMAT) {
    return { about, format: fields.format, outputs: model.outputs, scale: fields.scale, bias, features: model.vocab.join(FEATURE_SEPARATOR), weights };
  }
  return {
    about,
    format: fields.format,
    outputs: model.outputs,
    levels: fields.levels,
    bias,
    features: frontCode(model.vocab).join(FEATURE_SEPARATOR),
    weights,
  };
}

/** Applies folded thresholds to probabilities, as the runtime decides: 1 when p ≥ threshold. */
export function decide(probs: readonly number[], thresholds: readonly number[]): number[] {
  return probs.map((p, k) => (p >= (thresholds[k] ?? 0.5) ? 1 : 0));
}
