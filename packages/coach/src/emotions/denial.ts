/**
 * Stage 4: denied feelings. "I'm not angry" must not read as mad, but GoEmotions cannot
 * teach that: it has a handful of such rows, labelled every which way, and its anger
 * group includes disapproval, so "not" itself leans mad. Hence one rule on top of the
 * model: an emotion whose feeling words the text only denies (some negated, none
 * affirmed) keeps less than half its score, so it is never reported. Its other evidence
 * still counts for the ranking of scores.
 */
import type { FeelingWordHit } from "./lexicon.ts";
import { CORE_EMOTIONS } from "./types.ts";

/** Below 0.5 so that even a score of 1 ends under the detection threshold. */
const DENIED_FACTOR = 0.45;

/**
 * Returns `scores` (in CORE_EMOTIONS order) with denied-only emotions scaled down.
 *
 * @example
 * applyDenials([0.8, 0.2, 0.1, 0.1], findFeelingWords(tokenize("I'm not angry")))
 * // [0.36, 0.2, 0.1, 0.1]
 */
export function applyDenials(scores: readonly number[], hits: readonly FeelingWordHit[]): number[] {
  const out = [...scores];
  CORE_EMOTIONS.forEach((emotion, k) => {
    let denied = false;
    let affirmed = false;
    for (const hit of hits) {
      if (hit.emotion !== emotion) continue;
      if (hit.negated) denied = true;
      else affirmed = true;
    }
    if (denied && !affirmed) out[k] = (out[k] ?? 0) * DENIED_FACTOR;
  });
  return out;
}
