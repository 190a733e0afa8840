/**
 * Negation and reported speech: whether a phrase found at some offset is the
 * replier's own assertion. "I'm not going to tell you to calm down" and "she told me
 * to just quit" contain pitfall words that the replier is not saying.
 */
import { clauseStart, type Span } from "./segment.ts";
import { negatedAt, tokenize } from "./tokenize.ts";

/** How far back (characters) a denied speech verb still reaches ("I won't ever tell you to…"). */
const SPEECH_WINDOW = 60;

// "…not going to tell you to", "…won't say", "…never said you should"
const DENIED_SPEECH =
  /\b(?:not|never|won'?t|wont|don'?t|didn'?t|no one|nobody|can'?t)\b(?:\s+\S+){0,3}?\s+(?:tell|telling|say|saying|said|ask|asking|suggest|suggesting|lecture|preach)\b[^.!?]*$/;
// "she said", "told me to", "keeps telling me", "they were like"
const REPORTING =
  /\b(?:said|says|say|saying|told|told (?:me|you|him|her|them|us|everyone)|being told|tell (?:me|you|people)|telling (?:me|you|him|her|them|us|everyone|people)|keeps? (?:saying|telling(?: me| you)?)|goes|went|asked|yelled|shouted|texted|wrote|(?:was|were|is|are) like)\s*(?:that\s+|to\s+|,\s*|:\s*)?$/;

/**
 * True when a negator sits within `NEGATION_WINDOW` words before `at`, in the same
 * clause (`negatedAt` of `text/tokenize.ts`, the rule the emotion detector uses too).
 *
 * @example
 * isNegated("that's not really hard", 16, { start: 0, end: 22 }) // true ("hard")
 */
export function isNegated(norm: string, at: number, sentence: Span): boolean {
  const from = clauseStart(norm, at, sentence);
  // the same tokens and negation rule as the models' features: one reading of "not"
  const tokens = tokenize(norm.slice(Math.max(from, at - 40), at));
  return negatedAt(tokens, tokens.length);
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
