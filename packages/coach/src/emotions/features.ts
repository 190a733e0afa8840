/**
 * Stage 2b: the features the logistic model reads. Used both by the training script
 * and at runtime, so the shipped weights always meet the features they were fitted on.
 *
 * - unigrams and bigrams of tokens; a token inside a negation scope gets the prefix
 *   `not_` ("not happy" → `not`, `not_happy`, `not not_happy`); bigrams never cross a
 *   clause break;
 * - one feature per affirmed feeling-word emotion (`#mad`…) and per negated one
 *   (`#not_mad`…), so rare words of our lexicon borrow strength from common ones;
 * - `#bias` is implicit (the model's bias term), not a feature.
 */
import type { FeelingWordHit } from "./lexicon.ts";
import { BREAK } from "../text/tokenize.ts";

/** Calls `visit` once per feature occurrence (a feature may repeat). */
export function forEachFeature(
  tokens: readonly string[],
  negated: readonly boolean[],
  hits: readonly FeelingWordHit[],
  visit: (feature: string) => void,
): void {
  let prev = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (t === BREAK) {
      prev = "";
      continue;
    }
    const f = negated[i] === true ? `not_${t}` : t;
    visit(f);
    if (prev !== "") visit(`${prev} ${f}`);
    prev = f;
  }
  for (const hit of hits) visit(hit.negated ? `#not_${hit.emotion}` : `#${hit.emotion}`);
}

/** The distinct features of a text, in first-seen order (for training). */
export function featureSet(tokens: readonly string[], negated: readonly boolean[], hits: readonly FeelingWordHit[]): string[] {
  const seen = new Set<string>();
  forEachFeature(tokens, negated, hits, (f) => seen.add(f));
  return [...seen];
}
