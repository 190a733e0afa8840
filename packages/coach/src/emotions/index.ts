/**
 * Emotion detector of the empathy coach: which of the four core emotions (mad, sad,
 * glad, fear) a text expresses, and which finer feeling words it names.
 * Pipeline: tokenize → find feeling words → score (logistic model) → scale down denied
 * feelings → threshold.
 */
import { applyDenials } from "./denial.ts";
import { affirmedWords, findFeelingWords } from "./lexicon.ts";
import { modelScores } from "./model.ts";
import { markNegation, tokenize } from "../text/tokenize.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "./types.ts";

export type { CoreEmotion } from "./types.ts";
export { CORE_EMOTIONS } from "./types.ts";

/** One detected emotion and its score (0..1). */
export interface EmotionReading {
  emotion: CoreEmotion;
  score: number;
}

/** What {@link detectEmotions} found in a text. */
export interface EmotionResult {
  /** the emotions detected (score ≥ {@link DETECTION_THRESHOLD}), strongest first */
  emotions: EmotionReading[];
  /** probability-like score for each of the four, 0..1 */
  scores: Record<CoreEmotion, number>;
  /** finer feeling words named in the text (canonical, lowercase, deduplicated, in order) */
  words: string[];
}

/** An emotion is reported in `emotions` when its score reaches this value. */
export const DETECTION_THRESHOLD = 0.5;

/**
 * Detects the core emotions and the finer feeling words of a text. Pure, offline,
 * never throws, time linear in the text's length.
 *
 * @example
 * detectEmotions("I felt so overwhelmed in that meeting and I'm still anxious");
 * // { emotions: [{ emotion: "fear", score: 0.911 }, { emotion: "sad", score: 0.709 }],
 * //   scores: { mad: 0.055, sad: 0.709, glad: 0.229, fear: 0.911 },
 * //   words: ["overwhelmed", "anxious"] }
 */
export function detectEmotions(text: string): EmotionResult {
  const tokens = tokenize(typeof text === "string" ? text : "");
  const hits = findFeelingWords(tokens);
  const model = applyDenials(modelScores(tokens, markNegation(tokens), hits), hits);
  const scores: Record<CoreEmotion, number> = { mad: 0, sad: 0, glad: 0, fear: 0 };
  CORE_EMOTIONS.forEach((e, k) => {
    scores[e] = Math.round((model[k] ?? 0) * 1000) / 1000;
  });
  const emotions = CORE_EMOTIONS.filter((e) => scores[e] >= DETECTION_THRESHOLD)
    .map((emotion) => ({ emotion, score: scores[emotion] }))
    .sort((a, b) => b.score - a.score);
  return { emotions, scores, words: affirmedWords(hits) };
}
