/**
 * Stage 3: apply pattern tables (lexicon/*) to a reply, sentence by sentence. A match
 * inside quoted speech, after a negator ("not silly") or a denied or reported speech
 * verb ("I won't tell you to…", "she said…") is not the replier's own and is skipped.
 */
import type { MoveId, PitfallId } from "../contract.ts";
import type { PatternSpec } from "../lexicon/types.ts";
import { normalize } from "../text/normalize.ts";
import { inRanges, quotedRanges } from "../text/quotes.ts";
import { isDeniedSpeech, isNegated, isReported } from "../text/scope.ts";
import { clauseEnd, sentences, type Span } from "../text/segment.ts";

/** A reply prepared for scanning: its normal form, sentences and quoted ranges. */
export interface PreparedText {
  text: string;
  norm: string;
  sentences: Span[];
  quotes: Span[];
}

/** A finding before context rules: which sentence, which pattern tag. */
export interface RawFinding {
  kind: "pitfall" | "move";
  id: PitfallId | MoveId;
  start: number;
  end: number;
  sentence: number;
  tag?: string;
  why?: string;
  /** from a pattern marked `sure`: the reply model may not drop it */
  sure?: boolean;
}

/**
 * Normalises and segments a text once, for all pattern tables.
 *
 * @example
 * prepare("Oh no. What happened?").sentences // [{ start: 0, end: 6 }, { start: 7, end: 21 }]
 */
export function prepare(text: string): PreparedText {
  const norm = normalize(text);
  return { text, norm, sentences: sentences(norm), quotes: quotedRanges(norm) };
}

function isWordStart(c: string): boolean {
  return /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(c);
}

/**
 * Applies one pattern table to every sentence. Overlapping matches of one id in one
 * sentence merge into one finding.
 */
export function scan<Id extends PitfallId | MoveId>(
  prepared: PreparedText,
  kind: "pitfall" | "move",
  table: Readonly<Record<Id, readonly PatternSpec[]>>,
): RawFinding[] {
  const { norm, quotes } = prepared;
  const out: RawFinding[] = [];
  const ids = Object.keys(table) as Id[];
  prepared.sentences.forEach((sentence, si) => {
    const s = norm.slice(sentence.start, sentence.end);
    const asks = s.includes("?");
    for (const id of ids) {
      const found: RawFinding[] = [];
      for (const spec of table[id]) {
        if (spec.question === true && !asks) continue;
        if (spec.notQuestion === true && asks) continue;
        const re = spec.re;
        re.lastIndex = 0;
        for (let m = re.exec(s); m !== null; m = re.exec(s)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          let lead = 0;
          while (lead < m[0].length - 1 && !isWordStart(m[0][lead] ?? "")) lead++;
          const start = sentence.start + m.index + lead;
          const matchEnd = sentence.start + m.index + m[0].length;
          if (inRanges(quotes, start)) continue;
          if (spec.negationOk !== true && isNegated(norm, start, sentence)) continue;
          if (isDeniedSpeech(norm, start, sentence) || isReported(norm, start, sentence)) continue;
          const span = spec.span ?? "clause";
          const end = span === "sentence" ? sentence.end : span === "match" ? matchEnd : Math.max(matchEnd, clauseEnd(norm, start, sentence));
          const f: RawFinding = { kind, id, start, end, sentence: si };
          if (spec.tag !== undefined) f.tag = spec.tag;
          if (spec.why !== undefined) f.why = spec.why;
          if (spec.sure === true) f.sure = true;
          found.push(f);
        }
      }
      found.sort((a, b) => a.start - b.start);
      for (const f of found) {
        const prev = out.length > 0 ? out[out.length - 1] : undefined;
        if (prev !== undefined && prev.id === id && prev.sentence === si && f.start < prev.end) {
          prev.end = Math.max(prev.end, f.end);
          if (prev.tag !== f.tag && f.tag === undefined) delete prev.tag;
          if (f.sure === true) prev.sure = true;
        } else {
          out.push(f);
        }
      }
    }
  });
  return out;
}
