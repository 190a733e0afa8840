/**
 * Fits the emotion detector's weights on GoEmotions train and writes
 * `packages/coach/src/emotions/weights.json`. Deterministic: fixed seed, fixed order,
 * same file on every run. Reads `../shared/data` (relative to the repo root); dev is
 * never read here.
 *
 *   node --import tsx packages/coach/scripts/train-emotions.ts            # train + write
 *   node --import tsx packages/coach/scripts/train-emotions.ts --dry-run  # train, don't write
 *   node --import tsx packages/coach/scripts/train-emotions.ts --cv       # only the 5-fold part
 *
 * Method (see docs/coach-emotions.md): one-vs-rest logistic regression over the
 * features of `src/emotions/features.ts`, AdaGrad SGD with L2; per-emotion thresholds
 * tuned for F1 on out-of-fold predictions (5-fold cross-validation on train); the
 * shipped model is then fitted on all of train; thresholds folded
 * into the biases so that 0.5 is every emotion's decision point; features pruned by
 * magnitude and weights stored as integers (thousandths).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { featureSet } from "../src/emotions/features.ts";
import { findFeelingWords } from "../src/emotions/lexicon.ts";
import { markNegation, tokenize } from "../src/emotions/tokenize.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "../src/emotions/types.ts";

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
  minDocFreq: 2,
  epochs: 8,
  learningRate: 0.2,
  /** L2 strength per core emotion (mad, sad, glad, fear), applied to the weights a row touches */
  l2: [3e-3, 3e-2, 1e-3, 1e-2] as number[],
  /** scale each row's features by 1/√(distinct features) */
  normalize: true,
  /** weight of a positive example in the loss, per core emotion (mad, sad, glad, fear) */
  positiveWeight: [1, 1, 1, 1] as number[],
  /** return the mean of the weights at the end of each epoch (smoother than the last) */
  average: false,
  /** weights whose |value| is below this are dropped from the shipped file */
  pruneBelow: 0.12,
  scale: 1000,
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
  anger: "anger", annoyance: "anger", disapproval: "anger",
  disgust: "disgust",
  fear: "fear", nervousness: "fear",
  admiration: "joy", amusement: "joy", approval: "joy", caring: "joy", desire: "joy",
  excitement: "joy", gratitude: "joy", joy: "joy", love: "joy", optimism: "joy",
  pride: "joy", relief: "joy",
  sadness: "sadness", disappointment: "sadness", embarrassment: "sadness", grief: "sadness",
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
  const names = readFileSync(path.join(dir, "labels.txt"), "utf8").split("\n").map((s) => s.trim());
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

/** mulberry32: small, fast, seedable PRNG. */
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

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/** The distinct features of a text, exactly as the runtime computes them. */
export function textFeatures(text: string): string[] {
  const tokens = tokenize(text);
  return featureSet(tokens, markNegation(tokens), findFeelingWords(tokens));
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Encoded {
  ids: Int32Array;
  /** feature value: 1/√(distinct features of the text, known or not) — the runtime can compute it */
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
    x: CONFIG.normalize ? 1 / Math.sqrt(Math.max(1, features.length)) : 1,
    targets,
  });
}

function fit(examples: readonly Example[], random: () => number, log: (s: string) => void): Model {
  const targets = targetsOf(CONFIG.targets);
  const T = targets.length;
  const features = examples.map((ex) => textFeatures(ex.text));
  const docFreq = new Map<string, number>();
  for (const fs of features) for (const f of fs) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
  const vocab = [...docFreq.keys()].filter((f) => (docFreq.get(f) ?? 0) >= CONFIG.minDocFreq).sort();
  log(`${docFreq.size} distinct features, ${vocab.length} seen in ≥ ${CONFIG.minDocFreq} rows; ${T} targets`);
  const encode = encoder(vocab);
  const data = examples.map((ex, i) => encode(features[i] ?? [], ex.targets));

  const w = new Float64Array(vocab.length * T);
  const g2 = new Float64Array(vocab.length * T).fill(1e-8);
  const bias = new Float64Array(T);
  const b2 = new Float64Array(T).fill(1e-8);
  const order = data.map((_, i) => i);
  const { epochs, learningRate: eta } = CONFIG;
  const l2s = targets.map((t) => CONFIG.l2[CORE_EMOTIONS.indexOf(t.emotion)] ?? 0);
  const posWeight = targets.map((t) => CONFIG.positiveWeight[CORE_EMOTIONS.indexOf(t.emotion)] ?? 1);
  const sumW = new Float64Array(w.length);
  const sumB = new Float64Array(T);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const idx of order) {
      const ex = data[idx] as Encoded;
      const x = ex.x;
      for (let k = 0; k < T; k++) {
        let z = bias[k] as number;
        for (const f of ex.ids) z += (w[f * T + k] as number) * x;
        const p = sigmoid(z);
        const y = ex.targets[k] as number;
        loss -= y === 1 ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
        const l2 = l2s[k] as number;
        const g = (p - y) * (y === 1 ? (posWeight[k] as number) : 1);
        for (const f of ex.ids) {
          const j = f * T + k;
          const grad = g * x + l2 * (w[j] as number);
          g2[j] = (g2[j] as number) + grad * grad;
          w[j] = (w[j] as number) - (eta * grad) / Math.sqrt(g2[j] as number);
        }
        b2[k] = (b2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (eta * g) / Math.sqrt(b2[k] as number);
      }
    }
    log(`  epoch ${epoch}/${epochs}: mean log-loss ${(loss / data.length / T).toFixed(4)}`);
    for (let j = 0; j < w.length; j++) sumW[j] = (sumW[j] as number) + (w[j] as number);
    for (let k = 0; k < T; k++) sumB[k] = (sumB[k] as number) + (bias[k] as number);
  }
  if (CONFIG.average) {
    return { vocab, weights: sumW.map((v) => v / epochs), bias: sumB.map((v) => v / epochs), targets };
  }
  return { vocab, weights: w, bias, targets };
}

/** Drops small weights and rounds the rest to 1/scale, as the shipped file will. */
function pruneAndRound(model: Model): Model {
  const weights = model.weights.map((v) =>
    Math.abs(v) < CONFIG.pruneBelow ? 0 : Math.round(v * CONFIG.scale) / CONFIG.scale,
  );
  return { ...model, weights };
}

/** Core-emotion probabilities: for each emotion, the largest probability of its targets. */
function predictor(model: Model): (text: string) => number[] {
  const T = model.targets.length;
  const encode = encoder(model.vocab);
  return (text) => {
    const ex = encode(textFeatures(text), []);
    const core = CORE_EMOTIONS.map(() => 0);
    model.targets.forEach((target, k) => {
      let z = model.bias[k] as number;
      for (const f of ex.ids) z += (model.weights[f * T + k] as number) * ex.x;
      const e = CORE_EMOTIONS.indexOf(target.emotion);
      core[e] = Math.max(core[e] as number, sigmoid(z));
    });
    return core;
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
  for (let step = 5; step <= 95; step++) {
    const t = step / 100;
    let tp = 0, fp = 0, fn = 0;
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
  best.forEach((b, k) =>
    log(`  ${(CORE_EMOTIONS[k] ?? "").padEnd(5)} threshold ${b.threshold.toFixed(2)}  ${what} F1 ${b.f1.toFixed(3)}`),
  );
  log(`  macro F1 ${what} ${(best.reduce((a, b) => a + b.f1, 0) / best.length).toFixed(3)}`);
  return best.map((b) => b.threshold);
}

/** The shipped file's shape (read by `src/emotions/model.ts`). */
export interface WeightsFile {
  about: string;
  /** the core emotion of each output; an emotion's score is the largest of its outputs' */
  outputs: CoreEmotion[];
  /** real weight = stored integer / scale */
  scale: number;
  /** per output, with the emotion's threshold folded in: 0.5 is the decision point */
  bias: number[];
  /** per feature: one integer weight per output, flattened (features.length × outputs.length) */
  features: string[];
  weights: number[];
}

function toFile(model: Model, thresholds: readonly number[]): WeightsFile {
  const T = model.targets.length;
  const kept: number[] = [];
  for (let f = 0; f < model.vocab.length; f++) {
    let any = false;
    for (let k = 0; k < T; k++) if (model.weights[f * T + k] !== 0) any = true;
    if (any) kept.push(f);
  }
  return {
    about:
      "Emotion detector weights fitted on GoEmotions train (Apache-2.0, google-research) by packages/coach/scripts/train-emotions.ts. Do not edit by hand.",
    outputs: model.targets.map((t) => t.emotion),
    scale: CONFIG.scale,
    bias: model.targets.map((target, k) => {
      const t = thresholds[CORE_EMOTIONS.indexOf(target.emotion)] as number;
      return Math.round(((model.bias[k] as number) - Math.log(t / (1 - t))) * CONFIG.scale);
    }),
    features: kept.map((f) => model.vocab[f] ?? ""),
    weights: kept.flatMap((f) => model.targets.map((_, k) => Math.round((model.weights[f * T + k] as number) * CONFIG.scale))),
  };
}

function main(): void {
  const dryRun = process.argv.includes("--dry-run");
  const cvOnly = process.argv.includes("--cv");
  const quiet = process.argv.includes("--quiet");
  // for experiments only: EMO_TRAIN='{"epochs":20}' (the shipped file uses the defaults above)
  if (process.env.EMO_TRAIN !== undefined) Object.assign(CONFIG, JSON.parse(process.env.EMO_TRAIN));
  const started = Date.now();
  const log = (s: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${s}`);
  const detail = quiet ? () => {} : log;
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
    const predict = predictor(pruneAndRound(fit(train, random, detail)));
    for (const ex of test) {
      probs.push(predict(ex.text));
      gold.push(ex.labels);
    }
  }
  log("tuning thresholds on the out-of-fold predictions");
  const thresholds = tuneAll(probs, gold, log, "out-of-fold");
  if (cvOnly) return;

  log(`fitting the shipped model on all ${all.length} rows`);
  // pruned and rounded exactly as the file stores it
  const model = pruneAndRound(fit(all, random, log));
  const file = toFile(model, thresholds);
  log(`kept ${file.features.length} of ${model.vocab.length} features (|w| ≥ ${CONFIG.pruneBelow})`);
  const json = `${JSON.stringify(file)}\n`;
  if (dryRun) log(`dry run: would write ${json.length} bytes`);
  else {
    writeFileSync(weightsPath, json);
    log(`wrote ${path.relative(repoRoot, weightsPath)} (${json.length} bytes)`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
