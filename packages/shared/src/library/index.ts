import { LIBRARY_ITEM_DATA } from "./items/index.ts";
import { libraryListSchema, type LibraryItem } from "./schema.ts";
import { recommendFrom, type Recommendation, type RecommendContext } from "./recommend.ts";
import { weeklyRitualFrom } from "./weekly-ritual.ts";
import { createLibraryIndex, type LibraryFilters, type LibraryIndex } from "./search.ts";

export {
  AUDIENCES,
  EXERCISE_MINUTES,
  LIBRARY_KINDS,
  LIBRARY_TOPICS,
  WEEKLY_PARTS,
  libraryItemSchema,
  libraryListSchema,
  type Audience,
  type LibraryItem,
  type LibraryItemInput,
  type LibraryKind,
  type LibraryTopic,
  type WeeklyPart,
} from "./schema.ts";
export { RECENT_CHECKINS, STRONG_MEAN, emotionMeans, recommendFrom, type Recommendation, type RecommendContext } from "./recommend.ts";
export { weeklyRitualFrom } from "./weekly-ritual.ts";
export { createLibraryIndex, matchesFilters, type LibraryFilters, type LibraryIndex } from "./search.ts";

const ALL_ITEMS: readonly LibraryItem[] = libraryListSchema.parse(LIBRARY_ITEM_DATA);

/** The library every person sees, validated when this module loads (bad data fails fast). */
export const LIBRARY_ITEMS: readonly LibraryItem[] = Object.freeze(ALL_ITEMS.filter((item) => !item.set));
/** Practices of the themed sets (money, intimacy…): searched and recommended only for couples who opted in. */
export const THEMED_PRACTICES: readonly LibraryItem[] = Object.freeze(ALL_ITEMS.filter((item) => item.set));

const byId = new Map(ALL_ITEMS.map((item) => [item.id, item]));

/** One item by its stable id (favourites, "done" marks and invitations store the id). */
export function libraryItemById(id: string): LibraryItem | undefined {
  return byId.get(id);
}

let index: LibraryIndex | undefined;
let themedIndex: LibraryIndex | undefined;

/**
 * Typo-tolerant search over the library (stemmed, with our synonyms and spelling correction, title boosted), then filters.
 * An empty query lists every item that passes the filters, in library order.
 *
 * @example
 * searchLibrary("apreciation", { kind: "exercise", maxMinutes: 5 });
 */
export function searchLibrary(query: string, filters: LibraryFilters = {}): LibraryItem[] {
  index ??= createLibraryIndex(LIBRARY_ITEMS);
  const found = index.search(query, filters);
  if (!filters.sets?.length) return found;
  // Themed practices have their own index, so they never change how the shared library ranks.
  themedIndex ??= createLibraryIndex(THEMED_PRACTICES);
  return [...found, ...themedIndex.search(query, filters)];
}

/**
 * Up to `limit` library items for this person now, each with a one-line warm why:
 * from recent check-in emotions, the readiness growth area, and what they saved or did.
 *
 * @example
 * recommend({ recentCheckins, growthArea: "validating", done: ["mirror-and-swap"] });
 */
export function recommend(context: RecommendContext = {}): Recommendation[] {
  return recommendFrom(context.sets?.length ? [...LIBRARY_ITEMS, ...THEMED_PRACTICES] : LIBRARY_ITEMS, context);
}

/** This week's check-in questions for a couple: one per part of the ritual, in order. */
export function weeklyRitual(seed: string, weekIndex: number): LibraryItem[] {
  return weeklyRitualFrom(LIBRARY_ITEMS, seed, weekIndex);
}
