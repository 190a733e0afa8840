import MiniSearch from "minisearch";
import type { Depth, QuestionSet } from "../content/schema.ts";
import { LIBRARY_TOPICS, type Audience, type LibraryItem, type LibraryKind, type LibraryTopic } from "./schema.ts";
import { expandWord, THESAURUS_WORDS } from "./search-expand.ts";
import { rankItems, type WordScores } from "./search-rank.ts";
import { closestWords } from "./search-spelling.ts";
import { stem } from "./search-stem.ts";
import { STOP_WORDS, words } from "./search-text.ts";

/** Filters combine with AND; within a list (e.g. two kinds) any match counts. */
export interface LibraryFilters {
  kind?: LibraryKind | readonly LibraryKind[];
  depth?: Depth | readonly Depth[];
  topic?: LibraryTopic | readonly LibraryTopic[];
  for?: Audience;
  minMinutes?: number;
  maxMinutes?: number;
  /** The themed sets the couple opted into; items of any other set are left out. Default: none. */
  sets?: readonly QuestionSet[];
}

// Title first, then the tags (topics and kind), the labels (weekly part, emotions helped),
// the summary, then the steps (example lines, where a word is only a passing mention).
const BOOST = { title: 4, tags: 3, labels: 1, summary: 1, steps: 0.5 } as const;
// Results scoring below this share of the best are noise for this query, not answers.
const RELATIVE_FLOOR = 0.01;

// Words that name a whole shelf of the library; a query of only these may list all of it.
const KIND_WORDS: Record<LibraryKind, string> = {
  starter: "starter conversation question",
  exercise: "exercise practice",
  repair_script: "repair script",
  weekly_checkin: "weekly check-in ritual",
  celebration: "celebration celebrate",
};
const CATEGORY_STEMS = new Set([...LIBRARY_TOPICS, ...Object.values(KIND_WORDS)].flatMap((w) => words(w)).map(stem));

function indexTerm(term: string): string[] | null {
  if (STOP_WORDS.has(term)) return null;
  const s = stem(term);
  // The word and its stem are both indexed, so the exact form scores above its relatives.
  return s === term ? [term] : [term, s];
}

const asList = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

/** A predicate for the filters; exported for callers that list without a query. */
export function matchesFilters(item: LibraryItem, filters: LibraryFilters = {}): boolean {
  const kinds = asList(filters.kind);
  const depths = asList(filters.depth);
  const topics = asList(filters.topic);
  if (kinds && !kinds.includes(item.kind)) return false;
  if (depths && !depths.includes(item.depth)) return false;
  if (topics && !topics.some((t) => item.topics.includes(t))) return false;
  if (filters.for && item.for !== filters.for) return false;
  if (item.set && !(filters.sets ?? []).includes(item.set)) return false;
  if (filters.minMinutes !== undefined && item.minutes < filters.minMinutes) return false;
  if (filters.maxMinutes !== undefined && item.minutes > filters.maxMinutes) return false;
  return true;
}

export interface LibraryIndex {
  search(query: string, filters?: LibraryFilters): LibraryItem[];
}

/**
 * Builds the search over the given items: stemmed words and our synonyms, the title
 * counting most, spelling help for longer words, and every query word expected to match
 * (a long query may miss a third of its words). Exposed so tests and other collections
 * can build their own.
 */
export function createLibraryIndex(items: readonly LibraryItem[]): LibraryIndex {
  const byId = new Map(items.map((i) => [i.id, i]));
  const order = new Map(items.map((i, n) => [i.id, n]));
  const text = (doc: LibraryItem, field: string): string => {
    if (field === "title") return doc.title;
    if (field === "summary") return doc.summary;
    if (field === "steps") return (doc.steps ?? []).join(" ");
    // MiniSearch reads the id through this function too.
    if (field === "id") return doc.id;
    if (field === "labels") return [doc.part?.replace(/_/g, " ") ?? "", ...(doc.emotions ?? [])].join(" ");
    // Lets "repair script" or "celebration" find the kind even when the words are not in the text.
    return [...doc.topics, KIND_WORDS[doc.kind]].join(" ");
  };
  const index = new MiniSearch<LibraryItem>({
    fields: Object.keys(BOOST),
    extractField: text,
    tokenize: words,
    processTerm: indexTerm,
    searchOptions: { boost: { ...BOOST }, tokenize: (t) => [t], processTerm: (t) => t },
  });
  index.addAll(items);
  // The words spelling help may correct towards: every word of the items and of our lists.
  const itemWords = items.flatMap((i) => Object.keys(BOOST).flatMap((f) => words(text(i, f))));
  const vocabulary = new Set([...THESAURUS_WORDS, ...itemWords].filter((w) => !STOP_WORDS.has(w)));
  const cap = Math.floor(items.length / 3);

  return {
    search(query, filters = {}) {
      const all = words(query);
      // An empty query lists everything that passes the filters, in library order.
      if (all.length === 0) return items.filter((i) => matchesFilters(i, filters));
      const content = all.filter((w) => !STOP_WORDS.has(w));
      const terms = content.length > 0 ? content : all;
      const filter = (r: { id: string }) => {
        const item = byId.get(r.id);
        return item !== undefined && matchesFilters(item, filters);
      };

      const perWord: WordScores[] = terms.map((word, n) => {
        const scores = new Map<string, number>();
        for (const alt of expandWord(word, n === terms.length - 1, vocabulary)) {
          for (const r of index.search(alt.term, { prefix: alt.prefix, filter })) {
            scores.set(r.id, (scores.get(r.id) ?? 0) + r.score * alt.weight);
          }
        }
        return scores;
      });
      const kept = rankItems(perWord, items.length, order);

      // A query naming a topic or a kind ("listening", "repair scripts") may list the whole
      // shelf; anything else is cut at a third of the library, so no word floods the page.
      const isCategory = all.every((w) => (vocabulary.has(w) ? [w] : closestWords(w, vocabulary)).some((c) => CATEGORY_STEMS.has(stem(c))));
      const top = kept[0]?.score ?? 0;
      const answers = isCategory ? kept : kept.filter((r) => r.score >= top * RELATIVE_FLOOR).slice(0, cap);
      return answers.flatMap((r) => {
        const item = byId.get(r.id);
        return item ? [item] : [];
      });
    },
  };
}
