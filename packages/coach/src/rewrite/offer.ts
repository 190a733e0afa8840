/**
 * Coach 10: what the coach offers in place of a reply, decided from a composed rewrite and its
 * recheck. Their own words, trimmed, are the `rewrite` when they meet the sharer and are not
 * too thin for the share; a composition with a line of ours is the `starter`, a place to start
 * (none beside a reply in another language: our lines are English; none that gives nothing to
 * build on). The blind judges graded
 * their own words, trimmed, a 2 far more often than any line of ours (docs/coach.md, "Coach 10").
 */
import { ENGLISH_WORDS } from "../lexicon/english.ts";
import { BARE_SAY_BACK, CARE_WORD } from "../lexicon/rewrite.ts";
import { ASK_OPEN } from "../lexicon/rewrite-phrases.ts";
import { tokenize } from "../text/tokenize.ts";
import { wordCount } from "./clean.ts";
import type { Composed } from "./compose.ts";
import type { Rechecked } from "./recheck.ts";

/** What the coach offers in place of a reply: at most one of the two is set (see `Analysis`). */
export interface Offer {
  rewrite: string | null;
  starter: string | null;
}

export const NO_OFFER: Offer = { rewrite: null, starter: null };

/** A rewrite this short (in words) stands only beside a short share… */
const THIN_REWRITE_WORDS = 4;
/** …of at most this many words ("Got promoted to QA lead!!" → "Wow, well deserved Anu!!"). */
const SHORT_SHARE_WORDS = 12;
/** A reply of at least this many words… */
const LANGUAGE_MIN_WORDS = 6;
/** …with fewer of the commonest English words than this share of them is written in another language. */
const ENGLISH_SHARE = 0.1;

/** The offer for one composed and rechecked rewrite of `reply` to `share` (none when nothing was composed). */
export function offerOf(made: { composed: Composed; checked: Rechecked } | null, reply: string, share: string): Offer {
  if (made === null) return NO_OFFER;
  const { composed, checked } = made;
  // Coach 10.2: beside a reply in another language an English starter reads cold (the w19/w20 judges' zeros).
  if (composed.line !== "") return writesInEnglish(reply) && !nothingToBuildOn(composed) ? { rewrite: null, starter: checked.text } : NO_OFFER;
  const words = wordCount(checked.text);
  // Coach 10.1: a few words of theirs ("Babe that's awful.") are too small for a long share (the w17/w18 judges: "thin for a child's death").
  const enough = words > 2 && (words > THIN_REWRITE_WORDS || composed.owning || wordCount(share) <= SHORT_SHARE_WORDS);
  return (checked.meets || composed.meets) && enough ? { rewrite: withoutOpeningThough(checked.text, reply), starter: null } : NO_OFFER;
}

/** Coach 10.3: a starter that is only a stock thanks or a bare say-back of the share, with little of theirs beside it. */
function nothingToBuildOn(composed: Composed): boolean {
  const line = composed.line.trim().toLowerCase();
  // Our own stock thanks (ASK_OPEN), an endearment after it or not ("Thanks for telling me, babe.").
  const thanks = ASK_OPEN.some((phrase) => line.startsWith(phrase.toLowerCase().replace(/\.$/, "")));
  const bare = thanks || (BARE_SAY_BACK.test(line) && !CARE_WORD.test(line));
  return bare && composed.thin;
}

/** True unless the reply is written in another language ("¡¡MADRINA!! Llorando en el Mercadona, te amo."). */
function writesInEnglish(reply: string): boolean {
  // The coach's one tokenizer: "don’t" is one word, "don't"; digits, "!", "?" and emoji are no words here.
  const words = tokenize(reply).filter((t) => /^\p{L}/u.test(t));
  if (words.length < LANGUAGE_MIN_WORDS) return true;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length >= ENGLISH_SHARE * words.length;
}

/** Their "…though" at the end of the rewrite's first sentence answers a sentence that was cut before it: it goes. */
function withoutOpeningThough(rewrite: string, reply: string): string {
  const first = /^[^.!?]*?\s(?:though|tho)(?=(?:\s|\p{Extended_Pictographic}|\uFE0F)*(?:[.!?]|$))/u.exec(rewrite);
  if (first === null) return rewrite;
  // Kept from the start of their reply, the contrast is still there to read.
  if (reply.trimStart().toLowerCase().startsWith(first[0].toLowerCase())) return rewrite;
  return rewrite.slice(0, first[0].replace(/\s(?:though|tho)$/u, "").length) + rewrite.slice(first[0].length);
}
