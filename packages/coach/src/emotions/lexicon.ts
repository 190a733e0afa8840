/**
 * Stage 2a: find the finer feeling words of `feeling-words.ts` in a token list, with
 * phrases of up to three words and simple negation ("not angry" is found but marked
 * negated, so it is not reported).
 */
import { FEELING_WORDS } from "./feeling-words.ts";
import { negatedAt, tokenize } from "../text/tokenize.ts";
import { CORE_EMOTIONS, type CoreEmotion } from "./types.ts";

/** One feeling word found in the text. */
export interface FeelingWordHit {
  /** canonical form, e.g. "overwhelmed" for "overwhelming" */
  word: string;
  emotion: CoreEmotion;
  /** index of the hit's first token */
  index: number;
  /** true when a negator governs it ("not angry", "never felt lonely") */
  negated: boolean;
}

interface Entry {
  word: string;
  emotion: CoreEmotion;
  /** "happier" after "never been" affirms instead of denying */
  comparative: boolean;
}

const MAX_PHRASE = 3;

function buildIndex(): Map<string, Entry> {
  const index = new Map<string, Entry>();
  for (const emotion of CORE_EMOTIONS) {
    for (const line of FEELING_WORDS[emotion]) {
      const forms = line.split("|");
      const word = forms[0] ?? "";
      const stem = word.slice(0, -1);
      for (const form of forms) {
        const key = tokenize(form).join(" ");
        const comparative =
          !key.includes(" ") && key.endsWith("er") && key.startsWith(stem) && key.length > word.length;
        if (key.length > 0 && !index.has(key)) index.set(key, { word, emotion, comparative });
      }
    }
  }
  return index;
}

const INDEX = buildIndex();

/**
 * All feeling-word hits in `tokens` (from {@link tokenize}), in order, longest phrase
 * first at each position.
 *
 * @example
 * findFeelingWords(tokenize("not angry, just so overwhelming"))
 * // [{ word: "angry", emotion: "mad", index: 1, negated: true },
 * //  { word: "overwhelmed", emotion: "fear", index: 5, negated: false }]
 */
export function findFeelingWords(tokens: readonly string[]): FeelingWordHit[] {
  const hits: FeelingWordHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = "";
    let found: Entry | undefined;
    let length = 0;
    for (let k = 0; k < MAX_PHRASE && i + k < tokens.length; k++) {
      key = k === 0 ? (tokens[i] ?? "") : `${key} ${tokens[i + k] ?? ""}`;
      const entry = INDEX.get(key);
      if (entry !== undefined) {
        found = entry;
        length = k + 1;
      }
    }
    if (found === undefined) continue;
    const negated = negatedAt(tokens, i) && !found.comparative;
    hits.push({ word: found.word, emotion: found.emotion, index: i, negated });
    i += length - 1;
  }
  return hits;
}

/** Canonical feeling words that are not negated, deduplicated, in order of appearance. */
export function affirmedWords(hits: readonly FeelingWordHit[]): string[] {
  const words: string[] = [];
  for (const hit of hits) if (!hit.negated && !words.includes(hit.word)) words.push(hit.word);
  return words;
}
