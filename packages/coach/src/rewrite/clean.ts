/**
 * The last step of every rewrite: whatever was cut or joined, the text that reaches the
 * replier is well formed — no empty clauses, doubled commas, stray spaces before
 * punctuation, dangling conjunctions, lowercase sentence starts or unmatched double
 * quotes. The property tests hold the rewrite to exactly these rules.
 * Word lists: `lexicon/rewrite.ts`. The regexes left here are shape (punctuation, spacing, sentence and
 * clause boundaries) or a few words tested once, inline, beside the line they steer.
 */
import { BARE_CONDITION, CONNECTIVE_BEFORE_STOP, DANGLING_END, HANGING_REASON, LEADING_JUNK } from "../lexicon/rewrite.ts";

/** One sentence made whole: trimmed, no leading connective or dangling end, capitalised, terminated. */
export function tidySentence(raw: string): string {
  // Texting's lowercase "i" becomes "I" when it stands alone ("i'm sorry i embarrassed you").
  let s = balanceQuotes(raw)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(^|[\s"(])i(?=$|[\s,!?;:)]|\.(?!e\.)|'(?:m|ve|ll|d)\b)/g, "$1I");
  for (let i = 0; i < 8; i++) {
    const before = s;
    s = s.replace(LEADING_JUNK, "").trim();
    // A reason whose claim was cut hangs off nothing ("…more night shifts? cuz i already barely see you"): it goes with it.
    if (HANGING_REASON.test(s)) return "";
    s = s.replace(DANGLING_END, "$1").trim();
    s = s.replace(/[\s,;:\u2014\u2013-]+([.!?]*)$/, "$1").trim();
    if (s === before) break;
  }
  if (s === "" || !/[\p{L}\p{N}]/u.test(s) || BARE_CONDITION.test(s)) return "";
  s = s[0]?.toUpperCase() + s.slice(1);
  // A closing quote or bracket ends a sentence only after its own punctuation ('…"fine now."').
  if (!/[.!?\u2026][)"'\u2019\u201d]*$/.test(s) && !endsWithEmoji(s)) s += ".";
  return s;
}

/** True when the text ends in an emoji or symbol (no period after "🔑🔑"). Checked by code point so every engine agrees. */
export function endsWithEmoji(s: string): boolean {
  const last = s.codePointAt(s.length - 1);
  const cp = last !== undefined && last >= 0xdc00 && last <= 0xdfff ? s.codePointAt(s.length - 2) : last;
  return cp !== undefined && (cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0xfe0f || cp === 0x2764);
}

/** A quotation cut in half (an odd number of straight quotes, or unpaired curly ones) loses its quote marks. */
function balanceQuotes(s: string): string {
  let out = s;
  if ((out.match(/"/g) ?? []).length % 2 === 1) out = out.replace(/"/g, "");
  if ((out.match(/\u201c/g) ?? []).length !== (out.match(/\u201d/g) ?? []).length) out = out.replace(/[\u201c\u201d]/g, "");
  return out;
}

/** Joins sentences and repairs what joining can break. */
export function joinSentences(parts: readonly string[]): string {
  let s = balanceQuotes(
    parts
      .map(tidySentence)
      .filter((p) => p !== "")
      .join(" "),
  );
  s = s
    .replace(/\s+([,;:.!?])/g, "$1")
    .replace(/([,;:])(?:\s*[,;:])+/g, "$1")
    .replace(/,\s*([.!?])/g, "$1")
    .replace(CONNECTIVE_BEFORE_STOP, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
  return s;
}

/** Words with a letter or digit in them (an emoji or a dash is not one). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
