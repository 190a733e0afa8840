/**
 * The learned share reading: which core emotions the share expresses, whether it opens
 * the inner layer and whether it asks for advice. The rule reading (`share.ts`, with the
 * GoEmotions detector) supplies features; the model, fitted on our writers' shares,
 * gives the verdict.
 */
import type { DecodedWeights } from "../emotions/codec.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "../emotions/types.ts";
import { DEPTH_NUDGES } from "../lexicon/messages.ts";
import { readShare, type ShareReading } from "../share.ts";
import { shareFeatures } from "./features.ts";
import { probabilities } from "./model.ts";

/** The share model's outputs, in file order. */
export const SHARE_OUTPUTS = [...CORE_EMOTIONS, "inner", "asks"] as const;

/** How sure the model must be to call inner a share the rules read as events only. */
const SURE_INNER = 0.85;

/** Longest share prefix the share model reads; the rules already cap what they read. */
const MAX_SHARE_MODEL_TEXT = 4000;

/**
 * Reads a share with the rules, then lets the model decide emotions, depth and advice.
 * Without a model (training its first stage) the rule reading is returned as is.
 *
 * @example
 * readShareLearned("I could scream, the landlord ignored us again", models().share).emotions // ["mad"]
 */
export function readShareLearned(share: string, model: DecodedWeights | undefined): ShareReading {
  const reading = readShare(share);
  if (model === undefined || share.trim().length === 0) return reading;
  const prob = shareProbabilities(share, reading, model);
  const emotions = CORE_EMOTIONS.filter((e) => prob(e) >= 0.5).sort((a, b) => prob(b) - prob(a)) as CoreEmotion[];
  // The writers' shares are mostly inner (four in five), so the model leans that way; a
  // share the rules read as plain events ("Had the dentist, then groceries.") needs
  // the model to be sure before it counts as inner.
  const inner = reading.depth === "inner" ? prob("inner") >= 0.5 : prob("inner") >= SURE_INNER;
  return {
    ...reading,
    emotions,
    depth: inner ? "inner" : "surface",
    depthNudge: inner ? null : (reading.depthNudge ?? (reading.hardNews ? DEPTH_NUDGES.loss : DEPTH_NUDGES.events)),
    asksAdvice: prob("asks") >= 0.5,
    learned: { mad: prob("mad"), sad: prob("sad"), glad: prob("glad"), fear: prob("fear") },
  };
}

/**
 * The share model's probability of each of its outputs, from the rule reading of the same
 * share. `readShareLearned` keeps the four emotions' on its reading (`learned`).
 */
export function shareProbabilities(share: string, rules: ShareReading, model: DecodedWeights): (output: (typeof SHARE_OUTPUTS)[number]) => number {
  const text = share.length > MAX_SHARE_MODEL_TEXT ? share.slice(0, MAX_SHARE_MODEL_TEXT) : share;
  const p = probabilities(model, shareFeatures(text, rules, rules.scores));
  return (name) => {
    const k = model.outputs.indexOf(name);
    return k < 0 ? 0 : (p[k] as number);
  };
}
