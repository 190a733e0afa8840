/**
 * Reading the share: its core emotions and feeling words (from the emotion detector),
 * its depth (outer layer of events vs inner layer of feelings), whether it asks for
 * advice, whether it brings good news, and a nudge when it stays on the surface.
 */
import type { CoreEmotion } from "./contract.ts";
import { detectEmotions } from "./emotions/index.ts";
import { DEPTH_NUDGES } from "./lexicon/messages.ts";
import { ADVICE_REQUEST, ADVICE_REQUEST_NEGATIVE, COMPLAINT, GLAD_WORDS, GOOD_NEWS, HARD_NEWS, INNER_LAYER } from "./lexicon/share.ts";
import { SHARE_FEEL, rx } from "./lexicon/fragments.ts";
import { normalize } from "./text/normalize.ts";
import { isNegated } from "./text/scope.ts";
import { wordSpans } from "./text/tokenize.ts";

/** Longest share prefix the share patterns read (the emotion model reads all of it). */
const MAX_SHARE_PATTERN_TEXT = 4000;

/** What the coach knows about the share. */
export interface ShareReading {
  emotions: CoreEmotion[];
  feelingWords: string[];
  /** feeling words of the coach's own reply-side lexicon found in the share ("humiliated") */
  ownFeelingWords: string[];
  depth: "surface" | "inner";
  asksAdvice: boolean;
  goodNews: boolean;
  /** a loss or a blow ("my dog died", "I was laid off") */
  hardNews: boolean;
  /** the share is about something the replier did: "sorry" is an apology there */
  complaint: boolean;
  depthNudge: string | null;
  /** the strongest sad/mad/fear score, 0..1: how heavy the share is */
  weight: number;
  /** the GoEmotions model's score per core emotion (the learned share model reads them) */
  scores: Record<CoreEmotion, number>;
  /** the learned share model's probability per core emotion; absent on the rule reading alone */
  learned?: Readonly<Record<CoreEmotion, number>>;
}

const SHARE_FEELING = rx(`\\b${SHARE_FEEL}\\b`);

/** Feeling words of the share, not negated ("not angry"), in order. */
function shareFeelings(norm: string): string[] {
  const out: string[] = [];
  const span = { start: 0, end: norm.length };
  SHARE_FEELING.lastIndex = 0;
  for (let m = SHARE_FEELING.exec(norm); m !== null && out.length < 5; m = SHARE_FEELING.exec(norm)) {
    if (!isNegated(norm, m.index, span) && !out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  for (const re of patterns) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/**
 * Reads a share.
 *
 * @example
 * readShare("Fine. Lots of meetings.")
 * // { depth: "surface", asksAdvice: false, goodNews: false, depthNudge: "A word on how…", … }
 */
export function readShare(share: string): ShareReading {
  const detected = detectEmotions(share);
  const norm = normalize(share.length > MAX_SHARE_PATTERN_TEXT ? share.slice(0, MAX_SHARE_PATTERN_TEXT) : share);
  const emotions = detected.emotions.map((e) => e.emotion);
  const ownWords = shareFeelings(norm);
  const inner = detected.words.length > 0 || ownWords.length > 0 || anyMatch(INNER_LAYER, norm);
  const asksAdvice = anyMatch(ADVICE_REQUEST, norm) && !anyMatch(ADVICE_REQUEST_NEGATIVE, norm);
  const heavy = Math.max(detected.scores.mad, detected.scores.sad, detected.scores.fear);
  const heavyWords = [...detected.words, ...ownWords].some((w) => !GLAD_WORDS.test(w));
  const glad = [...detected.words, ...ownWords].some((w) => GLAD_WORDS.test(w));
  const goodNews = (anyMatch(GOOD_NEWS, norm) && (heavy < 0.6 || detected.scores.glad > heavy)) || (glad && !heavyWords && heavy < 0.5);
  const words = wordSpans(norm).length;
  let depthNudge: string | null = null;
  const hardNews = !goodNews && anyMatch(HARD_NEWS, norm);
  // After a loss, an invitation, not a lesson in depth.
  if (!inner && norm.trim().length > 0) depthNudge = hardNews ? DEPTH_NUDGES.loss : words <= 4 ? DEPTH_NUDGES.short : DEPTH_NUDGES.events;
  return {
    emotions,
    feelingWords: detected.words,
    ownFeelingWords: ownWords,
    depth: inner ? "inner" : "surface",
    asksAdvice,
    goodNews,
    hardNews,
    complaint: anyMatch(COMPLAINT, norm),
    depthNudge,
    weight: heavy,
    scores: detected.scores,
  };
}
