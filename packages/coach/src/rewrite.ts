/**
 * Stage 6: suggest. A better whole reply built from the replier's own sentences: the
 * ones without a pitfall are kept word for word; a pitfall clause is cut out and, where
 * it left a need, replaced (a validation that names the share's feeling, an open
 * question); unasked advice is deferred, not deleted ("whenever you want, we can think
 * about whether to …"). Never a canned paragraph: with no sentences of their own worth
 * keeping, the rewrite is short and built around the share's feeling.
 * Word lists: `lexicon/rewrite.ts`, `lexicon/messages.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import type { PitfallId } from "./contract.ts";
import { ACTION_END, ACTION_NOT_A_VERB, ADVICE_LEAD, MAX_ACTION, OBJECT_LEAD } from "./lexicon/rewrite.ts";
import {
  DEFER_ADVICE,
  DEFER_ADVICE_GERUND,
  DEFER_ADVICE_WITH_ACTION,
  EMOTION_FALLBACK,
  FEELING_AS_ADJECTIVE,
  FEELING_TO_SITUATION,
  PITFALL_SUGGESTION,
} from "./lexicon/messages.ts";
import type { PreparedText, RawFinding } from "./rules/index.ts";
import type { ShareReading } from "./share.ts";
import { type Composed, rewriteReply as composeRewrite } from "./rewrite/compose.ts";
import { type Rechecked, withoutKeptPitfalls } from "./rewrite/recheck.ts";

/** The share's feeling, as "you feel ___" and "that sounds ___" words. */
export interface FeelingWords {
  feeling: string | null;
  /** a second feeling the share names, if any ("humiliated" and "anxious") */
  alsoFeeling: string | null;
  situation: string;
}

/** Picks the share's feeling for the rewrite and suggestions. */
export function feelingOf(share: ShareReading): FeelingWords {
  const named = share.feelingWords.length > 0 ? share.feelingWords : share.ownFeelingWords;
  const word = named[0];
  const top = share.emotions[0];
  if (word !== undefined) {
    const feeling = FEELING_AS_ADJECTIVE[word] ?? word;
    const second = named.map((w) => FEELING_AS_ADJECTIVE[w] ?? w).find((w) => w !== feeling) ?? null;
    return { feeling, alsoFeeling: second, situation: FEELING_TO_SITUATION[word] ?? FEELING_TO_SITUATION[feeling] ?? "hard" };
  }
  // The model's top emotion is a fallback only for shares that open the inner layer,
  // and "glad" only for good news: a flat "Long day." must not read as happy.
  if (top !== undefined && share.depth === "inner" && (top !== "glad" || share.goodNews)) {
    return { feeling: EMOTION_FALLBACK[top].feeling, alsoFeeling: null, situation: EMOTION_FALLBACK[top].adjective };
  }
  return { feeling: null, alsoFeeling: null, situation: "hard" };
}

/** A short validation naming the feeling, in the coach's words. */
export function validationLine(words: FeelingWords, share: ShareReading): string {
  if (share.goodNews) return `That's wonderful — you must be so ${words.feeling ?? "happy"}!`;
  if (words.feeling === null && share.hardNews) return "I'm so sorry — that's a lot to take in.";
  if (words.feeling === null) return share.depth === "surface" ? "That sounds like a lot." : "That sounds really hard.";
  const feelings = words.alsoFeeling ? `${words.feeling} and ${words.alsoFeeling}` : words.feeling;
  if (words.situation === words.feeling && !words.alsoFeeling) return `That sounds really ${words.situation}.`;
  // "humiliating — no wonder you feel humiliated" only echoes: say what it was plainly then.
  const echoes = sameStem(words.situation, words.feeling);
  return `That sounds really ${echoes ? "hard" : words.situation} — no wonder you feel ${feelings}.`;
}

/** One word in two forms: "sad"/"sad", "tired"/"tiring", "scared"/"scary", "hurt"/"hurtful". */
function sameStem(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= Math.max(3, Math.min(a.length, b.length) - 2);
}

/** The advice of a fixing span as an action phrase ("talk to HR about it"), or null. */
export function adviceAction(text: string, norm: string, start: number, end: number): { action: string; gerund: boolean } | null {
  const s = norm.slice(start, end);
  ADVICE_LEAD.lastIndex = 0;
  const lead = ADVICE_LEAD.exec(s);
  const from = lead === null ? 0 : lead[0].length;
  const rest = s.slice(from);
  const stop = ACTION_END.exec(rest);
  const length = stop === null ? rest.length : stop.index;
  const action = text
    .slice(start + from, start + from + length)
    .trim()
    .replace(/\p{Extended_Pictographic}/gu, "")
    .trim();
  if (action.length < 3 || action.length > MAX_ACTION || !/^[a-z]/i.test(action) || ACTION_NOT_A_VERB.test(action)) return null;
  const first = action.split(/\s+/)[0] ?? "";
  // Mid-sentence, a capital is a name, not a verb ("you should Mick…"): nothing to offer.
  if (((lead !== null && lead[0].length > 0) || !/\s/.test(action)) && /^\p{Lu}/u.test(first)) return null;
  const objectLead = lead !== null && OBJECT_LEAD.test(lead[0]);
  return { action: action[0]?.toLowerCase() + action.slice(1), gerund: objectLead || (/ing$/i.test(first) && first.length > 4) };
}

/** The deferred offer for a piece of unasked advice. */
export function deferLine(found: { action: string; gerund: boolean } | null): string {
  if (found === null) return `${DEFER_ADVICE}.`;
  return `${(found.gerund ? DEFER_ADVICE_GERUND : DEFER_ADVICE_WITH_ACTION).replace("{action}", found.action)}.`;
}

/** The suggestion text for one pitfall finding. */
export function suggestionFor(f: RawFinding, prepared: PreparedText, words: FeelingWords): string | undefined {
  if (f.id === "fixing") return deferLine(adviceAction(prepared.text, prepared.norm, f.start, f.end));
  const template = PITFALL_SUGGESTION[f.id as PitfallId];
  if (template === undefined) return undefined;
  return template.replace("{feeling}", words.feeling ?? "this way").replace("{feeling_adj}", words.situation);
}

/**
 * A better whole reply as composed (`rewrite/compose.ts`) and read again (`rewrite/recheck.ts`),
 * or null when the reply has no pitfall or nothing would change. What is shown of it is the
 * offer's policy (`rewrite/offer.ts`, coach 10): their own words only, as the rewrite, when what is
 * left meets the sharer; a composition with a line of ours as a starter. `risk` is each sentence's
 * pitfall probability read alone (`sentencePitfallRisk`): a plain sentence of the replier's stays
 * only when it is low.
 *
 * @example
 * composedAndChecked(prepare("That sounds hard, but you're probably overthinking it."), [minimizing over the clause], reading, share)?.checked.text
 * // "That sounds hard."
 */
export function composedAndChecked(
  prepared: PreparedText,
  findings: readonly RawFinding[],
  share: ShareReading,
  shareText = "",
  risk: readonly number[] = [],
): { composed: Composed; checked: Rechecked } | null {
  const composed = composeRewrite(prepared, findings, share, shareText, risk);
  if (composed === null) return null;
  // Coach v7.2: the rewrite is read again; a sentence of theirs still read as a pitfall goes.
  return { composed, checked: withoutKeptPitfalls(composed.text, prepared.text, share, shareText, risk.length > 0) };
}
