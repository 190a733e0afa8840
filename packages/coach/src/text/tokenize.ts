/**
 * The coach's one tokenizer and its one negation rule. The emotion detector, the learned
 * models' features (`model/features.ts`), the rules' negation scope (`text/scope.ts`), the
 * Level Two word matcher (`rules/level-two.ts`) and the note words (`notes/words.ts`) all
 * read text through the character classes and functions here, so "don't", "im" or "café"
 * is the same word everywhere. One pass, no regular expressions (nothing can backtrack),
 * time and memory linear in length. The training scripts use the same functions, so
 * shipped weights and runtime see identical tokens.
 */
import {
  EXCLAMATION_BEFORE_NO,
  NEGATES_NEXT_ONLY,
  NEGATION_WINDOW,
  NEGATORS,
  NOT_DENIAL_AFTER_NO,
  NOT_DENIAL_VERBS,
  SCOPE_ENDERS,
} from "../lexicon/negation.ts";

/** A clause break: `. , ; : ( ) …` and line breaks. Never a feature; ends negation. */
export const BREAK = ".";

/** Lowercase ASCII letters and digits. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Letters of other scripts and accented Latin; excludes punctuation and symbol blocks. */
function isOtherLetterCode(c: number): boolean {
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, arrows, symbols, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji handled apart)
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // variation selectors
  if (c >= 0xff00 && c <= 0xff0f) return false; // full-width punctuation
  return true;
}

/** A character (UTF-16 code) of a word in lowercased text: letters and digits. */
export function isWordCode(c: number): boolean {
  return isAsciiWordCode(c) || isOtherLetterCode(c);
}

/** The same for text that keeps its case (the note words tell names by capitals). */
export function isCasedWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || isWordCode(c);
}

/** `'`, `’`, `‘` and a backtick: kept inside words as `'` ("don't"). */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x60;
}

/** `. ! ? ; :` and line breaks: what ends a sentence for the note words. */
export function endsSentenceCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 13 || c === 0x2026;
}

/**
 * Splits lowercased text into word tokens, `!`, `?`, emoji (one token each) and
 * {@link BREAK}. Apostrophes inside words are kept as `'` ("don't", "i'm"); runs of
 * three or more equal letters shrink to two ("sooooo" → "soo").
 *
 * @example
 * tokenize("I’m SO tired!!! 😭") // ["i'm", "so", "tired", "!", "😭"]
 */
export function tokenize(text: string): string[] {
  const s = text.toLowerCase();
  const tokens: string[] = [];
  const n = s.length;
  let word = "";
  let last = -1; // last char code appended to word
  let run = 0; // how many times `last` repeats at the end of word
  const flush = (): void => {
    if (word.length > 0) {
      // trailing apostrophe ("cats'") is not part of the word
      tokens.push(word.endsWith("'") ? word.slice(0, -1) : word);
      word = "";
      last = -1;
      run = 0;
    }
  };
  const pushMark = (mark: string): void => {
    flush();
    if (tokens[tokens.length - 1] !== mark) tokens.push(mark);
  };
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) {
      if (c === last) {
        run++;
        if (run >= 3 && c >= 97) continue;
      } else {
        last = c;
        run = 1;
      }
      word += s[i];
      continue;
    }
    if (isApostropheCode(c)) {
      // keep only between letters: "don't"; "'quoted'" loses its quotes
      if (word.length > 0 && !word.endsWith("'")) {
        word += "'";
        last = 39;
        run = 1;
      }
      continue;
    }
    if (c === 33) {
      pushMark("!");
      continue;
    }
    if (c === 63) {
      pushMark("?");
      continue;
    }
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 10 || c === 13 || c === 0x2026) {
      pushMark(BREAK);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        flush();
        tokens.push(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (c >= 0x2600 && c <= 0x27bf) {
      flush();
      tokens.push(s[i] ?? "");
      continue;
    }
    flush(); // space, hyphen, quotes, symbols, control characters, lone surrogates
  }
  flush();
  return tokens;
}

/** A word of a normalised text with its offsets (letters, digits, inner apostrophes). */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * Word tokens of a normalised (lowercase, one apostrophe) text with their offsets, by the
 * same character classes as {@link tokenize}, for code that must point back into the text.
 *
 * @example
 * wordSpans("i'm fine") // [{ word: "i'm", start: 0, end: 3 }, { word: "fine", start: 4, end: 8 }]
 */
export function wordSpans(norm: string, from = 0, to = norm.length): WordSpan[] {
  const out: WordSpan[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(norm.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (isWordCode(norm.charCodeAt(i)) || (norm[i] === "'" && isWordCode(norm.charCodeAt(i + 1))))) i++;
    out.push({ word: norm.slice(start, i), start, end: i });
  }
  return out;
}

/** True when `token` is a negator word ("not", "nothing", any "…n't"). */
export function isNegator(token: string): boolean {
  return NEGATORS.has(token) || token.endsWith("n't");
}

/** True when `token` ends a clause for negation purposes. */
export function endsScope(token: string): boolean {
  return token === BREAK || token === "!" || token === "?" || SCOPE_ENDERS.has(token);
}

/**
 * True when the token at `i` is a negator that denies what follows. "no wonder", "oh no",
 * "can't stop crying", "can't believe", "why don't you…" deny nothing.
 */
export function deniesAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] ?? "";
  if (!isNegator(t)) return false;
  const next = tokens[i + 1] ?? "";
  const prev = tokens[i - 1] ?? "";
  if (t === "no" && (NOT_DENIAL_AFTER_NO.has(next) || EXCLAMATION_BEFORE_NO.has(prev))) return false;
  if (NOT_DENIAL_VERBS.has(next)) return false;
  // "why don't you tell me…" proposes, it does not deny.
  if (prev === "why" && (t === "don't" || t === "dont")) return false;
  return true;
}

/**
 * True when a denying negator sits within {@link NEGATION_WINDOW} tokens before `at`, in
 * the same clause, and its scope reaches `at` ("nothing wrong with crying": "wrong" is
 * denied, "crying" is not). `at` may be `tokens.length` (the point after the last token).
 *
 * @example
 * negatedAt(["i'm", "not", "really", "angry"], 3) // true
 */
export function negatedAt(tokens: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - NEGATION_WINDOW; j--) {
    const t = tokens[j] ?? "";
    if (endsScope(t)) return false;
    if (!deniesAt(tokens, j)) continue;
    // the negation stops after a word that takes it alone ("nothing wrong | with crying")
    return !(j + 1 < at && NEGATES_NEXT_ONLY.has(tokens[j + 1] ?? ""));
  }
  return false;
}

/**
 * Marks the tokens inside a negation scope: from the word after a denying negator to the
 * next clause break, "!" / "?" or "but", or just the one word for "nothing wrong". The
 * negator itself is not marked.
 *
 * @example
 * markNegation(["i'm", "not", "angry", ".", "sad"]) // [false, false, true, false, false]
 */
export function markNegation(tokens: readonly string[]): boolean[] {
  const marks: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let inScope = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    if (endsScope(t)) {
      inScope = false;
    } else if (isNegator(t)) {
      // a negator is never marked; "no wonder", "can't stop" leave the scope as it was
      if (deniesAt(tokens, i)) inScope = true;
    } else if (inScope) {
      marks[i] = true;
      if (NEGATES_NEXT_ONLY.has(t) && isNegator(tokens[i - 1] ?? "")) inScope = false;
    }
  }
  return marks;
}
