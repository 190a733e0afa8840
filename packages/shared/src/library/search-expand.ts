// Query expansion: what one typed word stands for in the index. The word (or, when it is
// no known word, its nearest spellings), its stem, our synonyms and one-way related words.
import { closestWords } from "./search-spelling.ts";
import { stem } from "./search-stem.ts";
import { RELATED, SYNONYMS } from "./search-synonyms.ts";
import { STOP_WORDS, words } from "./search-text.ts";

// How much a spelling guess, a synonym and a related word count next to the typed word.
const WEIGHT = { typed: 1, corrected: 0.9, synonym: 0.8, related: 0.5 } as const;
// The typed form itself, on top of its stem (which every form of the word shares).
const EXACT_BONUS = 0.5;

const stemsOf = (text: string) =>
  words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);

// Synonym lookup by stem, so any form of a word ("apologising") finds its group.
const SYNONYM_STEMS = new Map<string, Set<string>>();
for (const group of SYNONYMS) {
  const stems = group.flatMap(stemsOf);
  for (const s of stems) SYNONYM_STEMS.set(s, new Set([...(SYNONYM_STEMS.get(s) ?? []), ...stems]));
}
const RELATED_STEMS = new Map(Object.entries(RELATED).map(([word, related]) => [stem(word), related.flatMap(stemsOf)]));

/** Every word of our synonym and related lists: spelling help may correct towards them too. */
export const THESAURUS_WORDS: readonly string[] = [...SYNONYMS.flat(), ...Object.keys(RELATED)].flatMap(words);

/** One index term a query word stands for, how much it counts, and whether it may match as a word beginning. */
export interface Alternative {
  term: string;
  weight: number;
  prefix: boolean;
}

/**
 * The index terms one query word stands for. Only the last word of a query may match as
 * a prefix, and only while it is not a whole known word yet (the person is still typing).
 *
 * @example
 * expandWord("jelous", true, vocabulary); // jealous, envy, insecure... and reassurance, safe
 */
export function expandWord(word: string, isLast: boolean, vocabulary: ReadonlySet<string>): Alternative[] {
  const typing = isLast && word.length >= 3 && !vocabulary.has(word) && [...vocabulary].some((v) => v.startsWith(word));
  const known = vocabulary.has(word) || typing;
  const bases = known ? [{ w: word, weight: WEIGHT.typed }] : closestWords(word, vocabulary).map((w) => ({ w, weight: WEIGHT.corrected }));
  const out = new Map<string, Alternative>();
  const add = (term: string, weight: number, prefix = false) => {
    const had = out.get(term);
    if (!had || had.weight < weight) out.set(term, { term, weight, prefix: prefix || (had?.prefix ?? false) });
  };
  for (const { w, weight } of bases) {
    add(w, weight * EXACT_BONUS, typing && w === word);
    const s = stem(w);
    add(s, weight);
    for (const rel of RELATED_STEMS.get(s) ?? []) add(rel, weight * WEIGHT.related);
    for (const syn of SYNONYM_STEMS.get(s) ?? []) {
      add(syn, weight * WEIGHT.synonym);
      // A synonym's related words belong to the same idea ("lost" is grief, grief is sad).
      for (const rel of RELATED_STEMS.get(syn) ?? []) add(rel, weight * WEIGHT.synonym * WEIGHT.related);
    }
  }
  // A word unknown everywhere is still searched as typed; it simply finds nothing.
  if (bases.length === 0) add(word, WEIGHT.typed);
  return [...out.values()];
}
