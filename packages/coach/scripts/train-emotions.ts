/**
 * Fits the emotion detector's weights on GoEmotions train and writes
 * `packages/coach/src/emotions/weights.json`. Deterministic: fixed seed, fixed order,
 * same bytes on every run. Reads `../shared/data` (relative to the repo root); dev is
 * never read here.
 *
 *   node --import tsx packages/coach/scripts/train-emotions.ts            # train + write
 *   node --import tsx packages/coach/scripts/train-emotions.ts --dry-run  # train, print sizes, don't write
 *   node --import tsx packages/coach/scripts/train-emotions.ts --check    # train, exit 1 unless it equals the shipped file
 *   node --import tsx packages/coach/scripts/train-emotions.ts --cv       # only the 5-fold part
 *
 * Method (see docs/coach-emotions.md): one-vs-rest logistic regression over the
 * features of `src/emotions/features.ts`, fitted with FTRL-Proximal (per-coordinate
 * learning rates, L1 + L2; the L1 term leaves most rare features at exactly zero, which
 * is what keeps the file small). Weights are quantised as the file stores them (`codec.ts`)
 * and capped to the strongest `maxFeatures`. Per-emotion thresholds are tuned for F1 on
 * out-of-fold predictions of that same quantised model (5-fold cross-validation on
 * train); the shipped model is then fitted on all of train and the thresholds folded
 * into its biases, so 0.5 is every emotion's decision point.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { encodeLevels, FEATURE_SEPARATOR, FORMAT, quantize, type WeightsFile } from "../src/emotions/codec.ts";
import { applyDenials } from "../src/emotions/denial.ts";
import { featureSet } from "../src/emotions/features.ts";
import { findFeelingWords, type FeelingWordHit } from "../src/emotions/lexicon.ts";
import { markNegation, tokenize } from "../src/text/tokenize.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "../src/emotions/types.ts";
import { rng } from "./lib/logistic.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
export const dataDir = path.resolve(repoRoot, "../shared/data");
export const weightsPath = path.resolve(here, "../src/emotions/weights.json");

/** Hyperparameters; changing any of them changes the shipped file. */
export const CONFIG = {
  seed: 20260311,
  /** "core": one target per core emotion; "ekman": anger and disgust apart; "fine": the GoEmotions labels */
  targets: "core" as TargetSet,
  /** folds of train used to tune the thresholds on out-of-fold predictions */
  folds: 5,
  /** a feature must occur in this many train rows to get a weight */
  minDocFreq: 2,
  epochs: 8,
  /** FTRL-Proximal learning-rate parameters (McMahan et al., 2013) */
  alpha: 1.2,
  beta: 1,
  /** L1 strength per core emotion (mad, sad, glad, fear): the higher, the fewer features */
  l1: [3, 3, 3, 3] as number[],
  /** L2 strength per core emotion (mad, sad, glad, fear); L1 already regularises enough */
  l2: [0, 0, 0, 0] as number[],
  /** weight of a positive example in the loss, per core emotion (mad, sad, glad, fear) */
  positiveWeight: [1, 1, 1, 1] as number[],
  /** quantisation: stored level = round(weight × scale), |level| ≤ 45, so weights up to ±15 */
  scale: 3,
  /** keep at most this many features (by largest |level|, then name); 0 = no cap */
  maxFeatures: 0,
};

export type TargetSet = "core" | "ekman" | "fine";

/** Ekman group → our four; surprise and neutral map to none. */
const EKMAN_TO_CORE: Readonly<Record<string, CoreEmotion>> = {
  anger: "mad",
  disgust: "mad",
  sadness: "sad",
  joy: "glad",
  fear: "fear",
};

/** GoEmotions' own grouping of its 27 labels into Ekman's (only the groups we map). */
const FINE_TO_EKMAN: Readonly<Record<string, string>> = {
  anger: "anger",
  annoyance: "anger",
  disapproval: "anger",
  disgust: "disgust",
  fear: "fear",
  nervousness: "fear",
  admiration: "joy",
  amusement: "joy",
  approval: "joy",
  caring: "joy",
  desire: "joy",
  excitement: "joy",
  gratitude: "joy",
  joy: "joy",
  love: "joy",
  optimism: "joy",
  pride: "joy",
  relief: "joy",
  sadness: "sadness",
  disappointment: "sadness",
  embarrassment: "sadness",
  grief: "sadness",
  remorse: "sadness",
};

/** A model output: a label and the core emotion it counts towards. */
export interface Target {
  name: string;
  emotion: CoreEmotion;
}

export function targetsOf(set: TargetSet): Target[] {
  if (set === "core") return CORE_EMOTIONS.map((emotion) => ({ name: emotion, emotion }));
  const names = set === "ekman" ? Object.keys(EKMAN_TO_CORE) : Object.keys(FINE_TO_EKMAN);
  return names.map((name) => {
    const ekman = set === "ekman" ? name : (FINE_TO_EKMAN[name] as string);
    return { name, emotion: EKMAN_TO_CORE[ekman] as CoreEmotion };
  });
}

export interface Example {
  text: string;
  /** one 0/1 per CORE_EMOTIONS entry (Ekman grouping: what we are measured on) */
  labels: number[];
  /** one 0/1 per target of the chosen set */
  targets: number[];
}

function readTsv(group: "ekman" | "original", split: "train" | "dev"): { text: string; labels: string[] }[] {
  const dir = path.join(dataDir, "goemotions", group);
  const names = readFileSync(path.join(dir, "labels.txt"), "utf8")
    .split("\n")
    .map((s) => s.trim());
  return readFileSync(path.join(dir, `${split}.tsv`), "utf8")
    .split("\n")
    .filter((row) => row.trim() !== "")
    .map((row) => {
      const [text = "", ids = ""] = row.split("\t");
      return { text, labels: ids.split(",").map((id) => names[Number(id)] ?? "") };
    });
}

/**
 * Reads one split (tsv: text, comma-separated label ids, id). `labels` come from the
 * `ekman/` grouping; `targets` from `ekman/` or, for "fine", from `original/` (same rows,
 * same order).
 */
export function loadSplit(split: "train" | "dev", set: TargetSet = "core"): Example[] {
  const ekman = readTsv("ekman", split);
  const fine = set === "fine" ? readTsv("original", split) : undefined;
  const targets = targetsOf(set);
  return ekman.map((row, i) => {
    const labels = CORE_EMOTIONS.map((e) => (row.labels.some((l) => EKMAN_TO_CORE[l] === e) ? 1 : 0));
    let t: number[];
    if (set === "core") t = labels;
    else {
      const names = set === "ekman" ? row.labels : (fine?.[i]?.labels ?? []);
      t = targets.map((target) => (names.includes(target.name) ? 1 : 0));
    }
    return { text: row.text, labels, targets: t };
  });
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/** The distinct features of a text and its feeling words, exactly as the runtime computes them. */
export function textFeatures(text: string): { features: string[]; hits: FeelingWordHit[] } {
  const tokens = tokenize(text);
  const hits = findFeelingWords(tokens);
  return { features: featureSet(tokens, markNegation(tokens), hits), hits };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Encoded {
  ids: Int32Array;
  /** feature value: 1/√(distinct features of the text, known or not) — the runtime computes the same */
  x: number;
  targets: number[];
}

/** A linear model with T outputs; the dense weights are F × T. */
interface Model {
  vocab: string[];
  weights: Float64Array;
  bias: Float64Array;
  targets: Target[];
}

function encoder(vocab: readonly string[]) {
  const featureId = new Map(vocab.map((f, i) => [f, i]));
  return (features: readonly string[], targets: number[]): Encoded => ({
    ids: Int32Array.from(features.flatMap((f) => (featureId.has(f) ? [featureId.get(f) as number] : []))),
    x: 1 / Math.sqrt(Math.max(1, features.length)),
    targets,
  });
}

/**
 * FTRL-Proximal, one coordinate at a time: `z` accumulates gradients, `n` squared
 * gradients; the weight is exactly zero while |z| ≤ L1.
 */
function ftrlWeight(z: number, n: number, l1: number, l2: number): number {
  if (Math.abs(z) <= l1) return 0;
  return -(z - Math.sign(z) * l1) / ((CONFIG.beta + Math.sqrt(n)) / CONFIG.alpha + l2);
}

function fit(examples: readonly Example[], random: () => number, log: (s: string) => void): Model {
  const targets = targetsOf(CONFIG.targets);
  const T = targets.length;
  const features = examples.map((ex) => textFeatures(ex.text).features);
  const docFreq = new Map<string, number>();
  for (const fs of features) for (const f of fs) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
  const vocab = [...docFreq.keys()].filter((f) => (docFreq.get(f) ?? 0) >= CONFIG.minDocFreq).sort();
  log(`${docFreq.size} distinct features, ${vocab.length} seen in ≥ ${CONFIG.minDocFreq} rows; ${T} targets`);
  const encode = encoder(vocab);
  const data = examples.map((ex, i) => encode(features[i] ?? [], ex.targets));

  const zs = new Float64Array(vocab.length * T);
  const ns = new Float64Array(vocab.length * T);
  // the bias is unregularised: plain AdaGrad
  const bias = new Float64Array(T);
  const b2 = new Float64Array(T).fill(1e-8);
  const order = data.map((_, i) => i);
  const l1s = targets.map((t) => CONFIG.l1[CORE_EMOTIONS.indexOf(t.emotion)] ?? 0);
  const l2s = targets.map((t) => CONFIG.l2[CORE_EMOTIONS.indexOf(t.emotion)] ?? 0);
  const posWeight = targets.map((t) => CONFIG.positiveWeight[CORE_EMOTIONS.indexOf(t.emotion)] ?? 1);
  // the current weights of one row's features (rows are short; grown if one is not)
  let w = new Float64Array(256);
  for (let epoch = 1; epoch <= CONFIG.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const idx of order) {
      const ex = data[idx] as Encoded;
      const x = ex.x;
      const m = ex.ids.length;
      if (m > w.length) w = new Float64Array(m);
      for (let k = 0; k < T; k++) {
        const l1 = l1s[k] as number;
        const l2 = l2s[k] as number;
        let z = bias[k] as number;
        for (let i = 0; i < m; i++) {
          const j = (ex.ids[i] as number) * T + k;
          const wi = ftrlWeight(zs[j] as number, ns[j] as number, l1, l2);
          w[i] = wi;
          z += wi * x;
        }
        const p = sigmoid(z);
        const y = ex.targets[k] as number;
        loss -= y === 1 ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
        const g = (p - y) * (y === 1 ? (posWeight[k] as number) : 1);
        const gx = g * x;
        const g2 = gx * gx;
        for (let i = 0; i < m; i++) {
          const j = (ex.ids[i] as number) * T + k;
          const n = ns[j] as number;
          const sigma = (Math.sqrt(n + g2) - Math.sqrt(n)) / CONFIG.alpha;
          zs[j] = (zs[j] as number) + gx - sigma * (w[i] as number);
          ns[j] = n + g2;
        }
        b2[k] = (b2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (CONFIG.alpha * g) / Math.sqrt(b2[k] as number);
      }
    }
    log(`  epoch ${epoch}/${CONFIG.epochs}: mean log-loss ${(loss / data.length / T).toFixed(4)}`);
  }
  const weights = new Float64Array(vocab.length * T);
  for (let j = 0; j < weights.length; j++) {
    weights[j] = ftrlWeight(zs[j] as number, ns[j] as number, l1s[j % T] as number, l2s[j % T] as number);
  }
  return { vocab, weights, bias, targets };
}

/**
 * The model exactly as the file will hold it: weights rounded to the file's levels,
 * features with no non-zero level dropped, at most `maxFeatures` kept (largest |level|
 * first, ties by name, so the cut is deterministic).
 */
function compact(model: Model): Model {
  const T = model.targets.length;
  const levels = model.weights.map((v) => quantize(v, CONFIG.scale));
  const strength = (f: number): number => {
    let s = 0;
    for (let k = 0; k < T; k++) s = Math.max(s, Math.abs(levels[f * T + k] as number));
    return s;
  };
  let kept = model.vocab.map((_, f) => f).filter((f) => strength(f) > 0);
  if (CONFIG.maxFeatures > 0 && kept.length > CONFIG.maxFeatures) {
    kept = kept
      .sort((a, b) => strength(b) - strength(a) || a - b) // vocab is sorted: index order is name order
      .slice(0, CONFIG.maxFeatures)
      .sort((a, b) => a - b);
  }
  const weights = new Float64Array(kept.length * T);
  kept.forEach((f, i) => {
    for (let k = 0; k < T; k++) weights[i * T + k] = (levels[f * T + k] as number) / CONFIG.scale;
  });
  return { ...model, vocab: kept.map((f) => model.vocab[f] ?? ""), weights };
}

/**
 * Core-emotion scores as `detectEmotions` computes them: for each emotion the largest
 * probability of its targets, then denied feelings scaled down.
 */
function predictor(model: Model): (text: string) => number[] {
  const T = model.targets.length;
  const encode = encoder(model.vocab);
  return (text) => {
    const { features, hits } = textFeatures(text);
    const ex = encode(features, []);
    const core = CORE_EMOTIONS.map(() => 0);
    model.targets.forEach((target, k) => {
      let z = model.bias[k] as number;
      for (const f of ex.ids) z += (model.weights[f * T + k] as number) * ex.x;
      const e = CORE_EMOTIONS.indexOf(target.emotion);
      core[e] = Math.max(core[e] as number, sigmoid(z));
    });
    return applyDenials(core, hits);
  };
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function tuneThreshold(probs: readonly number[][], gold: readonly number[][], k: number): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let step = 2; step <= 95; step++) {
    const t = step / 100;
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < probs.length; i++) {
      const p = (probs[i]?.[k] ?? 0) >= t;
      const y = gold[i]?.[k] === 1;
      if (p && y) tp++;
      else if (p) fp++;
      else if (y) fn++;
    }
    const score = prf(tp, fp, fn).f1;
    if (score > best.f1) best = { threshold: t, f1: score };
  }
  return best;
}

function tuneAll(probs: number[][], gold: number[][], log: (s: string) => void, what: string): number[] {
  const best = CORE_EMOTIONS.map((_, k) => tuneThreshold(probs, gold, k));
  for (const [k, b] of best.entries()) log(`  ${(CORE_EMOTIONS[k] ?? "").padEnd(5)} threshold ${b.threshold.toFixed(2)}  ${what} F1 ${b.f1.toFixed(3)}`);
  log(`  macro F1 ${what} ${(best.reduce((a, b) => a + b.f1, 0) / best.length).toFixed(3)}`);
  return best.map((b) => b.threshold);
}

function toFile(model: Model, thresholds: readonly number[]): WeightsFile {
  return {
    about:
      "Emotion detector weights fitted on GoEmotions train (Apache-2.0, google-research) by packages/coach/scripts/train-emotions.ts; format in src/emotions/codec.ts. Do not edit by hand.",
    format: FORMAT,
    outputs: model.targets.map((t) => t.emotion),
    scale: CONFIG.scale,
    bias: model.targets.map((target, k) => {
      const t = thresholds[CORE_EMOTIONS.indexOf(target.emotion)] as number;
      return Math.round(((model.bias[k] as number) - Math.log(t / (1 - t))) * 1e4) / 1e4;
    }),
    features: model.vocab.join(FEATURE_SEPARATOR),
    weights: encodeLevels(Array.from(model.weights, (v) => quantize(v, CONFIG.scale))),
  };
}

/**
 * The whole procedure: out-of-fold thresholds, then the final fit. Returns the file's
 * text (what `weights.json` must contain) or undefined with `cvOnly`.
 */
export function train(log: (s: string) => void, options: { cvOnly?: boolean; quiet?: boolean } = {}): string | undefined {
  const detail = options.quiet === true ? () => {} : log;
  const random = rng(CONFIG.seed);
  log(`reading ${path.join(dataDir, "goemotions")} (train), targets "${CONFIG.targets}"`);
  const all = shuffle(loadSplit("train", CONFIG.targets), random);

  // Thresholds: every train row is predicted by a model that did not see it (5 folds),
  // and each emotion's threshold is the one with the best F1 over those predictions.
  const folds = CONFIG.folds;
  const probs: number[][] = [];
  const gold: number[][] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = all.filter((_, i) => i % folds === fold);
    const train = all.filter((_, i) => i % folds !== fold);
    log(`fold ${fold + 1}/${folds}: fitting on ${train.length} rows, predicting ${test.length}`);
    const predict = predictor(compact(fit(train, random, detail)));
    for (const ex of test) {
      probs.push(predict(ex.text));
      gold.push(ex.labels);
    }
  }
  log("tuning thresholds on the out-of-fold predictions");
  const thresholds = tuneAll(probs, gold, log, "out-of-fold");
  if (options.cvOnly === true) return undefined;

  log(`fitting the shipped model on all ${all.length} rows`);
  const fitted = fit(all, random, detail);
  const model = compact(fitted);
  log(`kept ${model.vocab.length} of ${fitted.vocab.length} features`);
  return `${JSON.stringify(toFile(model, thresholds))}\n`;
}

function main(): void {
  // for experiments only: EMO_TRAIN='{"epochs":20}' (the shipped file uses the defaults above)
  if (process.env.EMO_TRAIN !== undefined) Object.assign(CONFIG, JSON.parse(process.env.EMO_TRAIN));
  const started = Date.now();
  const log = (s: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${s}`);
  const json = train(log, { cvOnly: process.argv.includes("--cv"), quiet: process.argv.includes("--quiet") });
  if (json === undefined) return;
  const size = `${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`;
  const where = path.relative(repoRoot, weightsPath);
  if (process.argv.includes("--check")) {
    const same = readFileSync(weightsPath, "utf8") === json;
    log(same ? `${where} is reproduced exactly (${size})` : `${where} differs from what training produces (${size})`);
    if (!same) process.exitCode = 1;
  } else if (process.argv.includes("--dry-run")) {
    log(`dry run: would write ${size}`);
  } else {
    writeFileSync(weightsPath, json);
    log(`wrote ${where} (${size})`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
