/**
 * Stage 3: the logistic model fitted on GoEmotions (see `scripts/train-emotions.ts`).
 * `weights.json` holds, per feature, one integer weight per core emotion; the
 * per-emotion thresholds are folded into the biases, so a score ≥ 0.5 means detected.
 */
import weightsFile from "./weights.json" with { type: "json" };
import { forEachFeature } from "./features.ts";
import type { FeelingWordHit } from "./lexicon.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "./types.ts";

/** Same shape as `WeightsFile` in the training script. */
interface WeightsFile {
  /** the core emotion of each output; an emotion's score is the largest of its outputs' */
  outputs: string[];
  scale: number;
  bias: number[];
  features: string[];
  weights: number[];
}

interface Model {
  bias: Float64Array;
  /** index into CORE_EMOTIONS of each output */
  emotionOf: Int8Array;
  /** feature → offset of its weights (one per output) in `weights` */
  offsets: Map<string, number>;
  weights: Float64Array;
}

let model: Model | undefined;

/** Builds the lookup table on first use (a few ms, once), not at import time. */
function load(): Model {
  if (model !== undefined) return model;
  const file: WeightsFile = weightsFile;
  const T = file.outputs.length;
  const offsets = new Map<string, number>();
  file.features.forEach((f, i) => offsets.set(f, i * T));
  model = {
    bias: Float64Array.from(file.bias, (b) => b / file.scale),
    emotionOf: Int8Array.from(file.outputs, (e) => CORE_EMOTIONS.indexOf(e as CoreEmotion)),
    offsets,
    weights: Float64Array.from(file.weights, (w) => w / file.scale),
  };
  return model;
}

/**
 * One score per core emotion (in {@link CORE_EMOTIONS} order): for each output the
 * logistic of bias + Σ weights / √(distinct features); an emotion takes the largest
 * score of its outputs.
 */
export function modelScores(
  tokens: readonly string[],
  negated: readonly boolean[],
  hits: readonly FeelingWordHit[],
): number[] {
  const { bias, emotionOf, offsets, weights } = load();
  const T = bias.length;
  const z = new Float64Array(T);
  const seen = new Set<string>();
  forEachFeature(tokens, negated, hits, (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const at = offsets.get(f);
    if (at === undefined) return;
    for (let k = 0; k < T; k++) z[k] = (z[k] as number) + (weights[at + k] as number);
  });
  const x = 1 / Math.sqrt(Math.max(1, seen.size));
  const scores = CORE_EMOTIONS.map(() => 0);
  for (let k = 0; k < T; k++) {
    const e = emotionOf[k] as number;
    const p = 1 / (1 + Math.exp(-((bias[k] as number) + (z[k] as number) * x)));
    if (p > (scores[e] as number)) scores[e] = p;
  }
  return scores;
}
