/**
 * Stage 1 of the emotion detector: normalise and tokenise. One pass over the text,
 * no regular expressions (nothing can backtrack), time and memory linear in length.
 * The training script uses this same function, so shipped weights and runtime see
 * identical tokens.
 */

import { SCOPE_ENDERS, TOKEN_NEGATORS } from "../lexicon/negation.ts";

/** A clause break: `. , ; : ( ) …` and line breaks. Never a feature; ends negation. */
export const BREAK = ".";

/** True when `token` opens a negation scope. */
export function isNegator(token: string): boolean {
  return TOKEN_NEGATORS.has(token) || token.endsWith("n't");
}

/** True when `token` ends a clause for negation purposes. */
export function endsScope(token: string): boolean {
  return token === BREAK || token === "!" || token === "?" || SCOPE_ENDERS.has(token);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Letters of other scripts and accented Latin; excludes punctuation and symbol blocks. */
function isOtherLetter(c: number): boolean {
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, arrows, symbols, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji handled apart)
  if (c >= 0xfe00 && c <= 0xfe0f) return false; // variation selectors
  if (c >= 0xff00 && c <= 0xff0f) return false; // full-width punctuation
  return true;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x60;
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
    if (isAsciiWordChar(c) || isOtherLetter(c)) {
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
    if (isApostrophe(c)) {
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

/**
 * Marks the tokens inside a negation scope: from the word after a negator to the next
 * clause break, "!" / "?" or "but". The negator itself is not marked.
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
      inScope = true;
    } else if (inScope) {
      marks[i] = true;
    }
  }
  return marks;
}
