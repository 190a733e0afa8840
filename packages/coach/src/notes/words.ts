/**
 * Stage 1 of note relevance: split a text into words that remember their case and
 * whether they start a sentence (to tell names from ordinary words); `text/stem.ts` reduces
 * them to a crude stem so "moved", "moving" and "move" meet. No regular expression runs on
 * unbounded input with backtracking; time is linear in the text's length. Words are
 * cut by the character classes of the coach's one tokenizer (`text/tokenize.ts`).
 */
import { endsSentenceCode, isApostropheCode, isCasedWordCode } from "../text/tokenize.ts";

export interface Word {
  /** lowercase, apostrophes removed, possessive "'s" dropped: "Dana's" → "dana", "didn't" → "didnt" */
  norm: string;
  /** true when the original began with a capital letter */
  capital: boolean;
  /** true when the word opens a sentence (capital letters there say nothing about names) */
  initial: boolean;
}

/** Words of a text, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let current = "";
  let initial = true;
  let nextInitial = true;
  const flush = () => {
    if (current.length === 0) return;
    let raw = current;
    while (raw.length > 0 && isApostropheCode(raw.charCodeAt(raw.length - 1))) raw = raw.slice(0, -1);
    let lower = "";
    for (let i = 0; i < raw.length; i++) lower += isApostropheCode(raw.charCodeAt(i)) ? "'" : (raw[i] ?? "").toLowerCase();
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    const norm = lower.replaceAll("'", "");
    if (norm.length > 0) {
      const first = raw[0] ?? "";
      out.push({ norm, capital: first !== first.toLowerCase(), initial });
    }
    current = "";
  };
  // The character classes of the coach's one tokenizer (`text/tokenize.ts`), with case kept.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCasedWordCode(c) || (isApostropheCode(c) && current.length > 0)) {
      if (current.length === 0) {
        initial = nextInitial;
        nextInitial = false;
      }
      current += text[i];
      continue;
    }
    flush();
    if (endsSentenceCode(c)) nextInitial = true;
  }
  flush();
  return out;
}
