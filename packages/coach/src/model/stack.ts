/**
 * Stage 5c: the second stage of the reply model. The linear model reads one bag of
 * features per reply, so it cannot weigh its labels against each other (a defence that
 * points at the sharer read as blaming too) nor tell one strong sentence from a diluted
 * whole. This small network reads the linear model's verdicts — the reply's logit per
 * label, the strongest sentence's logit per label, which labels a rule cue found, the
 * share's context and the reply's length — and gives the final probability per label.
 * Fitted on out-of-writer verdicts (`scripts/lib/fit-stack.ts`), thresholds folded in,
 * so ≥ 0.5 decides as for the linear model.
 */
import { decodeLevels, tableReader } from "../emotions/codec.ts";
import type { RawFinding } from "../rules/scan.ts";
import type { ReplyFeatures } from "./features.ts";

/** The share's context flags the network reads (see `contextFlags`), and whether partner notes were given. */
export const STACK_FLAGS = ["%asks", "%good", "%hard", "%complaint", "%surface", "%notes"] as const;

/** Logits enter the network divided by this and clipped to ±LOGIT_CLIP / LOGIT_SCALE, so one sure label cannot swamp it. */
const LOGIT_SCALE = 4;
const LOGIT_CLIP = 12;

/** The network as `weights.json` holds it. */
export interface StackFile {
  /** inputs per reply (see {@link stackInputs}) */
  inputs: number;
  hidden: number;
  /** 2 × MAX_LEVEL + 1 increasing values, the middle one 0: a weight's character indexes this table */
  levels: number[];
  /** hidden × inputs, then outputs × hidden, then outputs × inputs (the linear skip), one character each */
  weights: string;
  /** hidden biases, then output biases (thresholds folded in) */
  bias: number[];
}

/** The network, ready to run. */
export interface DecodedStack {
  inputs: number;
  hidden: number;
  outputs: number;
  w1: Float64Array;
  w2: Float64Array;
  skip: Float64Array;
  b1: Float64Array;
  b2: Float64Array;
}

/** Checks and decodes the file; throws with a reason when it is malformed (only ever at first use). */
export function decodeStack(file: StackFile, outputs: number): DecodedStack {
  const { inputs: D, hidden: H } = file;
  if (!(Number.isInteger(D) && D > 0 && Number.isInteger(H) && H > 0)) throw new Error("stack: inputs and hidden must be positive integers");
  const value = tableReader(file.levels, "stack");
  const T = outputs;
  const n = H * D + T * H + T * D;
  if (file.weights.length !== n) throw new Error(`stack: ${file.weights.length} weights, expected ${n}`);
  if (file.bias.length !== H + T) throw new Error(`stack: ${file.bias.length} biases, expected ${H + T}`);
  const values = decodeLevels(file.weights, value, "stack");
  return {
    inputs: D,
    hidden: H,
    outputs: T,
    w1: values.subarray(0, H * D),
    w2: values.subarray(H * D, H * D + T * H),
    skip: values.subarray(H * D + T * H),
    b1: Float64Array.from(file.bias.slice(0, H)),
    b2: Float64Array.from(file.bias.slice(H)),
  };
}

const clipLogit = (z: number): number => Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, z)) / LOGIT_SCALE;

/**
 * The network's inputs for one reply, from the linear model's logits: the reply's
 * (`replyLogits`) and each sentence's read alone with the share's context (the strongest
 * per label), the rule cues found per label, the context flags, and the length.
 *
 * @example
 * stackInputs(replyLogits, sentenceLogits, ruleFindings, features) // Float64Array(2 × T + T + 6 + 2)
 */
export function stackInputs(
  outputs: readonly string[],
  replyLogits: ArrayLike<number>,
  sentenceLogits: readonly ArrayLike<number>[],
  rules: readonly Pick<RawFinding, "id">[],
  features: Pick<ReplyFeatures, "all" | "bySentence">,
): Float64Array {
  const T = outputs.length;
  const x = new Float64Array(3 * T + STACK_FLAGS.length + 2);
  for (let k = 0; k < T; k++) {
    x[k] = clipLogit(replyLogits[k] as number);
    let top = -LOGIT_CLIP;
    for (const s of sentenceLogits) top = Math.max(top, s[k] as number);
    x[T + k] = clipLogit(top);
  }
  const ruled = new Set<string>(rules.map((f) => f.id));
  outputs.forEach((id, k) => {
    x[2 * T + k] = ruled.has(id) ? 1 : 0;
  });
  const all = new Set(features.all);
  STACK_FLAGS.forEach((flag, i) => {
    x[3 * T + i] = all.has(flag) ? 1 : 0;
  });
  const n = features.bySentence.length;
  x[3 * T + STACK_FLAGS.length] = n <= 1 ? 1 : 0;
  x[3 * T + STACK_FLAGS.length + 1] = n > 3 ? 1 : 0;
  return x;
}

/** The network's probability per label. */
export function stackProbabilities(net: DecodedStack, x: ArrayLike<number>): Float64Array {
  const { inputs: D, hidden: H, outputs: T } = net;
  const h = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    let s = net.b1[j] as number;
    for (let d = 0; d < D; d++) s += (net.w1[j * D + d] as number) * (x[d] as number);
    h[j] = Math.max(0, s);
  }
  const p = new Float64Array(T);
  for (let k = 0; k < T; k++) {
    let z = net.b2[k] as number;
    for (let j = 0; j < H; j++) z += (net.w2[k * H + j] as number) * (h[j] as number);
    for (let d = 0; d < D; d++) z += (net.skip[k * D + d] as number) * (x[d] as number);
    p[k] = 1 / (1 + Math.exp(-z));
  }
  return p;
}
