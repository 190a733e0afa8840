/**
 * Stage 3: the logistic model fitted on GoEmotions (see `scripts/train-emotions.ts`).
 * `weights.json` (format in `codec.ts`) holds, per feature, one weight per output; the
 * per-emotion thresholds are folded into the biases, so a score ≥ 0.5 means detected.
 */
import weightsFile from "./weights.json" with { type: "json" };
import { decodeWeights, type DecodedWeights, type WeightsFile } from "./codec.ts";
import { forEachFeature } from "./features.ts";
import type { FeelingWordHit } from "./lexicon.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "./types.ts";

interface Model extends DecodedWeights {
  /** index into CORE_EMOTIONS of each output */
  emotionOf: Int8Array;
}

let model: Model | undefined;

/** Decodes the file on first use (a few ms, once), not at import time. */
function load(): Model {
  if (model !== undefined) return model;
  const decoded = decodeWeights(weightsFile as WeightsFile);
  const emotionOf = Int8Array.from(decoded.outputs, (e) => CORE_EMOTIONS.indexOf(e as CoreEmotion));
  model = { ...decoded, emotionOf };
  return model;
}

/**
 * One score per core emotion (in {@link CORE_EMOTIONS} order): for each output the
 * logistic of bias + Σ weights / √(distinct features); an emotion takes the largest
 * score of its outputs.
 */
export function modelScores(tokens: readonly string[], negated: readonly boolean[], hits: readonly FeelingWordHit[]): number[] {
  const { bias, emotionOf, rows, weights } = load();
  const T = bias.length;
  const z = new Float64Array(T);
  const seen = new Set<string>();
  forEachFeature(tokens, negated, hits, (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const row = rows.get(f);
    if (row === undefined) return;
    const at = row * T;
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
