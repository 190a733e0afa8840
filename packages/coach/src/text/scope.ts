/**
 * Negation and reported speech: whether a phrase found at some offset is the
 * replier's own assertion. "I'm not going to tell you to calm down" and "she told me
 * to just quit" contain pitfall words that the replier is not saying.
 */
import { NEGATION_WINDOW, NOT_DENIAL_AFTER_NO, NOT_DENIAL_VERBS, SCOPE_NEGATORS } from "../lexicon/negation.ts";
import { clauseStart, type Span } from "./segment.ts";

/** How far back (characters) a denied speech verb still reaches ("I won't ever tell you to…"). */
const SPEECH_WINDOW = 60;

function isNegatorWord(w: string): boolean {
  return SCOPE_NEGATORS.has(w) || w.endsWith("n't");
}

// "…not going to tell you to", "…won't say", "…never said you should"
const DENIED_SPEECH =
  /\b(?:not|never|won'?t|wont|don'?t|didn'?t|no one|nobody|can'?t)\b(?:\s+\S+){0,3}?\s+(?:tell|telling|say|saying|said|ask|asking|suggest|suggesting|lecture|preach)\b[^.!?]*$/;
// "she said", "told me to", "keeps telling me", "they were like"
const REPORTING =
  /\b(?:said|says|say|saying|told|told (?:me|you|him|her|them|us|everyone)|being told|tell (?:me|you|people)|telling (?:me|you|him|her|them|us|everyone|people)|keeps? (?:saying|telling(?: me| you)?)|goes|went|asked|yelled|shouted|texted|wrote|(?:was|were|is|are) like)\s*(?:that\s+|to\s+|,\s*|:\s*)?$/;

/**
 * True when a negator sits within {@link NEGATION_WINDOW} words before `at`, in the same
 * clause.
 *
 * @example
 * isNegated("that's not really hard", 16, { start: 0, end: 22 }) // true ("hard")
 */
export function isNegated(norm: string, at: number, sentence: Span): boolean {
  const from = clauseStart(norm, at, sentence);
  const words = norm
    .slice(Math.max(from, at - 40), at)
    .split(/[^a-z']+/)
    .filter((w) => w.length > 0);
  for (let k = words.length - 1; k >= 0 && k >= words.length - NEGATION_WINDOW; k--) {
    const w = words[k] ?? "";
    if (!isNegatorWord(w)) continue;
    const next = words[k + 1] ?? "";
    const prev = words[k - 1] ?? "";
    // "no wonder", "no doubt", "oh no", "can't imagine", "can't believe": not denials.
    if (w === "no" && (NOT_DENIAL_AFTER_NO.has(next) || prev === "oh" || prev === "uh" || prev === "ah")) continue;
    if (NOT_DENIAL_VERBS.has(next)) continue;
    // "why don't you tell me…" proposes, it does not deny.
    if (prev === "why" && (w === "don't" || w === "dont")) continue;
    return true;
  }
  return false;
}

/** True when the words before `at` deny saying it: "I won't tell you to …". */
export function isDeniedSpeech(norm: string, at: number, sentence: Span): boolean {
  const prefix = norm.slice(Math.max(sentence.start, at - SPEECH_WINDOW), at);
  return DENIED_SPEECH.test(prefix);
}

/** True when `at` directly follows a reporting verb: "he said you should …". */
export function isReported(norm: string, at: number, sentence: Span): boolean {
  const prefix = norm.slice(Math.max(sentence.start, at - 30), at);
  return REPORTING.test(prefix);
}
