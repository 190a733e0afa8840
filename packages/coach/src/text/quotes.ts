/**
 * Quoted speech: the ranges of a normalised text inside quotation marks. What someone
 * else said ("my boss said 'you should just quit'") is not the replier's own words,
 * so no pitfall or move is read inside it.
 */
import type { Span } from "./segment.ts";

/** A quote longer than this, or one crossing a line break, is treated as unmatched. */
const MAX_QUOTE = 400;

function isLetter(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * Inside-quote ranges (the marks themselves excluded), in order.
 *
 * @example
 * quotedRanges(`he said "calm down" and left`) // [{ start: 9, end: 18 }]
 */
export function quotedRanges(norm: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let mark = "";
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i] ?? "";
    if (c === "\n") {
      open = -1;
      continue;
    }
    if (c !== '"' && c !== "'") continue;
    const prev = norm[i - 1] ?? " ";
    const next = norm[i + 1] ?? " ";
    if (c === "'" && isLetter(prev) && isLetter(next)) continue; // an apostrophe: don't, i'm
    if (open >= 0 && c === mark && i - open <= MAX_QUOTE) {
      if (c === '"' || !isLetter(next)) {
        if (i > open + 1) out.push({ start: open + 1, end: i });
        open = -1;
        continue;
      }
    }
    if (open >= 0 && i - open > MAX_QUOTE) open = -1;
    if (open < 0 && !isLetter(prev) && next !== " " && next !== "\n") {
      open = i;
      mark = c;
    }
  }
  return out;
}

/** True when offset `at` lies inside one of `ranges` (sorted, non-overlapping). */
export function inRanges(ranges: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) return false;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
