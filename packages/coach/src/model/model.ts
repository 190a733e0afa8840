/**
 * Stage 5b: the learned models (see `scripts/train-coach.ts`). `weights.json` holds two
 * linear models in the emotion detector's compact format (`emotions/codec.ts`): one for
 * the reply's pitfalls and moves (format 3, a companded level table), one for the share's
 * emotions, depth and advice request (format 3 too, its evenly spaced levels as the table);
 * and, since 10.13.0, the reply model's
 * second stage (`stack.ts`), which decides the reply's labels from the first's verdicts.
 * Each output's tuned threshold is folded into its bias, so a score ≥ 0.5 means the label
 * is there.
 */
import { decodeWeights, type DecodedWeights, type WeightsFile } from "../emotions/codec.ts";
import { decodeStack, type DecodedStack, type StackFile } from "./stack.ts";
import weightsFile from "./weights.json" with { type: "json" };

/** The file: one model per side, and the reply model's second stage (`stack.ts`). */
export interface CoachWeightsFile {
  about: string;
  reply: WeightsFile;
  share: WeightsFile;
  stack?: StackFile;
}

/** The decoded models; without `stack`, the reply model's own probabilities decide. */
export interface LearnedModels {
  reply: DecodedWeights;
  share: DecodedWeights;
  stack?: DecodedStack;
}

let decoded: LearnedModels | undefined;

/** Decodes the file on first use (a few ms, once), not at import time. */
export function models(): LearnedModels {
  if (decoded !== undefined) return decoded;
  const file = weightsFile as CoachWeightsFile;
  const reply = decodeWeights(file.reply);
  decoded = { reply, share: decodeWeights(file.share), ...(file.stack !== undefined ? { stack: decodeStack(file.stack, reply.outputs.length) } : {}) };
  return decoded;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * One probability per output: the logistic of bias + Σ weights / √(distinct features).
 * Features unknown to the model count in the denominator, as in training.
 *
 * @example
 * probabilities(models().reply, ["you should", "@fixing"]) // Float64Array, one per output
 */
export function probabilities(model: DecodedWeights, features: readonly string[]): Float64Array {
  const z = logits(model, features);
  for (let k = 0; k < z.length; k++) z[k] = sigmoid(z[k] as number);
  return z;
}

/** The logits behind {@link probabilities}: bias + Σ weights / √(distinct features). */
export function logits(model: DecodedWeights, features: readonly string[]): Float64Array {
  const T = model.outputs.length;
  const z = Float64Array.from(model.bias);
  const x = 1 / Math.sqrt(Math.max(1, features.length));
  for (const f of features) {
    const row = model.rows.get(f);
    if (row === undefined) continue;
    const at = row * T;
    for (let k = 0; k < T; k++) z[k] = (z[k] as number) + (model.weights[at + k] as number) * x;
  }
  return z;
}

/** How strongly a set of features (one sentence's) speaks for output `k`: the sum of their weights. */
export function evidence(model: DecodedWeights, features: readonly string[], k: number): number {
  const T = model.outputs.length;
  let s = 0;
  for (const f of features) {
    const row = model.rows.get(f);
    if (row !== undefined) s += model.weights[row * T + k] as number;
  }
  return s;
}
