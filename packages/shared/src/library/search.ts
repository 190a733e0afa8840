import MiniSearch from "minisearch";
import type { Depth } from "../content/schema.ts";
import type { Audience, LibraryItem, LibraryKind, LibraryTopic } from "./schema.ts";

/** Filters combine with AND; within a list (e.g. two kinds) any match counts. */
export interface LibraryFilters {
  kind?: LibraryKind | readonly LibraryKind[];
  depth?: Depth | readonly Depth[];
  topic?: LibraryTopic | readonly LibraryTopic[];
  for?: Audience;
  minMinutes?: number;
  maxMinutes?: number;
}

// Words that match nearly every item and would drown the useful ones in a query like
// "how to say sorry". Applied when indexing and when searching.
const STOP_WORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "i", "in", "is", "it",
  "me", "my", "of", "on", "or", "the", "to", "we", "what", "when", "with", "you", "your", "our", "us",
]);

// A deliberately tiny suffix stripper, so "apologise", "apologising" and "apology" meet.
// Longest suffix first; the stem is indexed next to the word, so exact matches still win.
const SUFFIXES = ["ations", "ation", "ising", "izing", "ating", "ances", "ance", "ence", "ness", "ment", "ated", "ates", "ings", "ing", "ise", "ize", "ies", "ate", "ed", "es", "ly", "s", "y"];

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

function processTerm(term: string): string | string[] | null {
  const t = term.toLowerCase().replace(/['’]/g, "");
  if (t.length === 0 || STOP_WORDS.has(t)) return null;
  const s = stem(t);
  return s === t ? t : [t, s];
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
  if (filters.minMinutes !== undefined && item.minutes < filters.minMinutes) return false;
  if (filters.maxMinutes !== undefined && item.minutes > filters.maxMinutes) return false;
  return true;
}

export interface LibraryIndex {
  search(query: string, filters?: LibraryFilters): LibraryItem[];
}

/**
 * Builds a typo-tolerant index over the given items (title boosted, then summary,
 * topics and steps). Exposed so tests and other collections can build their own.
 */
export function createLibraryIndex(items: readonly LibraryItem[]): LibraryIndex {
  const byId = new Map(items.map((i) => [i.id, i]));
  const order = new Map(items.map((i, n) => [i.id, n]));
  const index = new MiniSearch<LibraryItem>({
    fields: ["title", "summary", "topics", "steps", "kindWords"],
    extractField: (doc, field) => {
      if (field === "topics") return doc.topics.join(" ");
      if (field === "steps") return (doc.steps ?? []).join(" ");
      // Lets "repair script" or "celebration" find the kind even when the words are not in the text.
      if (field === "kindWords") return [doc.kind.replace("_", " "), doc.part?.replace(/_/g, " ") ?? "", doc.emotions?.join(" ") ?? ""].join(" ");
      const value = (doc as unknown as Record<string, unknown>)[field];
      return typeof value === "string" ? value : "";
    },
    processTerm,
    searchOptions: {
      boost: { title: 3, topics: 1.5, kindWords: 1.5, summary: 1, steps: 0.5 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: "OR",
    },
  });
  index.addAll(items);

  return {
    search(query, filters = {}) {
      const q = query.trim();
      // An empty query lists everything that passes the filters, in library order.
      if (q.length === 0) return items.filter((i) => matchesFilters(i, filters));
      const filter = (r: { id: string }) => {
        const item = byId.get(r.id);
        return item !== undefined && matchesFilters(item, filters);
      };
      return index
        .search(q, { filter })
        .sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
        .flatMap((r) => {
          const item = byId.get(r.id);
          return item ? [item] : [];
        });
    },
  };
}
