/**
 * Stage 2: sentences and clauses with offsets (word tokens with offsets are
 * `wordSpans` of `text/tokenize.ts`). One pass each, no backtracking. A sentence longer
 * than {@link MAX_SENTENCE} is cut, so every later pattern runs on bounded pieces and the
 * whole analysis stays linear in length.
 */

import { ABBREVIATIONS } from "../lexicon/text.ts";

/** A piece of the text: `start` inclusive, `end` exclusive, UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Longest sentence the patterns see; longer runs without punctuation are cut. */
export const MAX_SENTENCE = 600;

function isTerminal(c: string): boolean {
  return c === "." || c === "!" || c === "?" || c === "\u2026" || c === "\n";
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\u00a0";
}

/** True when the "." at `i` is part of a number or an abbreviation, not a sentence end. */
function isInnerDot(norm: string, i: number): boolean {
  const prev = norm[i - 1] ?? "";
  const next = norm[i + 1] ?? "";
  if (prev >= "0" && prev <= "9" && next >= "0" && next <= "9") return true;
  let k = i - 1;
  while (k >= 0 && k > i - 6 && /[a-z.]/.test(norm[k] ?? "")) k--;
  return ABBREVIATIONS.has(norm.slice(k + 1, i));
}

/**
 * Splits a normalised text into sentences. Terminal punctuation (and closing quotes
 * or brackets after it) stays with its sentence; surrounding spaces are trimmed.
 *
 * @example
 * sentences("oh no. what happened?") // [{ start: 0, end: 6 }, { start: 7, end: 21 }]
 */
export function sentences(norm: string): Span[] {
  const out: Span[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(norm[i] ?? "")) i++;
    if (i >= n) break;
    const start = i;
    let lastSpace = -1;
    while (i < n) {
      const c = norm[i] ?? "";
      if (isTerminal(c) && !(c === "." && isInnerDot(norm, i))) {
        i++;
        while (i < n && (isTerminal(norm[i] ?? "") || /["')\]]/.test(norm[i] ?? "")) && norm[i] !== "\n") i++;
        break;
      }
      if (c === " ") lastSpace = i;
      i++;
      if (i - start >= MAX_SENTENCE) {
        if (lastSpace > start + MAX_SENTENCE / 2) i = lastSpace;
        break;
      }
    }
    let end = i;
    while (end > start && isSpace(norm[end - 1] ?? "")) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Clause breaks inside a sentence. */
function isClauseBreak(c: string): boolean {
  return c === "," || c === ";" || c === ":" || c === "\u2014" || c === "\u2013" || c === "(" || c === ")";
}

/** Offset where the clause containing `at` ends (exclusive), within `sentence`. */
export function clauseEnd(norm: string, at: number, sentence: Span): number {
  for (let i = at; i < sentence.end; i++) {
    const c = norm[i] ?? "";
    if (isClauseBreak(c) || (c === " " && norm[i + 1] === "-" && norm[i + 2] === " ")) return trimEnd(norm, sentence.start, i);
  }
  return sentence.end;
}

/** Offset where the clause containing `at` starts, within `sentence`. */
export function clauseStart(norm: string, at: number, sentence: Span): number {
  for (let i = at - 1; i >= sentence.start; i--) {
    if (isClauseBreak(norm[i] ?? "")) {
      let s = i + 1;
      while (s < at && isSpace(norm[s] ?? "")) s++;
      return s;
    }
  }
  return sentence.start;
}

function trimEnd(norm: string, floor: number, end: number): number {
  let e = end;
  while (e > floor && isSpace(norm[e - 1] ?? "")) e--;
  return e;
}
