/**
 * Level Two from the partner notes: a reply sentence that draws on what the replier
 * knows of the sharer (words of a note that the share itself does not contain).
 */
import { STOPWORDS } from "../lexicon/stopwords.ts";
import { normalize } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { wordSpans } from "../text/tokenize.ts";
import type { PreparedText, RawFinding } from "./scan.ts";

/** Notes are short; read at most this much of each, and at most this many notes. */
const MAX_NOTE = 1000;
const MAX_NOTES = 50;

/** A possessive "'s" is the word's own: "dad's" meets "dad". */
const ownWord = (word: string): string => word.replace(/'s$/, "");

function contentStems(norm: string): Set<string> {
  const out = new Set<string>();
  for (const t of wordSpans(norm)) {
    if (t.word.length >= 4 && !STOPWORDS.has(t.word)) out.add(stem(ownWord(t.word)));
  }
  return out;
}

/**
 * Sentences of the reply that reuse note words the share doesn't contain: two such
 * words, or one long one in a sentence that also speaks to the sharer ("you", "your").
 *
 * @example
 * noteFindings(prepare("No wonder, after your dad missed every match."), "I missed the game", ["Dad never came to his football matches"])
 * // one level_two finding over the sentence
 */
export function noteFindings(prepared: PreparedText, share: string, notes: readonly string[]): RawFinding[] {
  if (notes.length === 0) return [];
  const shareStems = contentStems(normalize(share.slice(0, 4000)));
  const noteStems: Set<string>[] = notes
    .slice(0, MAX_NOTES)
    .map((n) => (typeof n === "string" ? contentStems(normalize(n.slice(0, MAX_NOTE))) : new Set<string>()));
  const out: RawFinding[] = [];
  prepared.sentences.forEach((sentence, si) => {
    const words = wordSpans(prepared.norm, sentence.start, sentence.end);
    const speaksToThem = words.some((t) => t.word === "you" || t.word === "your" || t.word === "you're" || t.word === "u");
    for (const note of noteStems) {
      const shared = new Set<string>();
      for (const t of words) {
        const s = stem(ownWord(t.word));
        if (t.word.length >= 4 && !STOPWORDS.has(t.word) && note.has(s) && !shareStems.has(s)) shared.add(s);
      }
      const strong = [...shared].some((s) => s.length >= 5);
      if (shared.size >= 2 || (shared.size === 1 && strong && speaksToThem)) {
        out.push({ kind: "move", id: "level_two", start: sentence.start, end: sentence.end, sentence: si, tag: "notes" });
        break;
      }
    }
  });
  return out;
}
