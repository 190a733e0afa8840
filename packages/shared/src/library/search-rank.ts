// Combining the per-word scores of a query into one ranking: AND-ish, so that common
// words cannot flood the results and a long query need not match every word.

// A query word "matches" an item when it scores at least this share of its best item, so
// a passing mention deep in the steps does not make an item look like it covers the query.
const MATCH_SHARE = 0.1;
// A query word found in more than this share of the items ("together", "talk") is too
// common to insist on: it adds to the score, at this weight, but cannot veto an item.
const COMMON_SHARE = 0.1;
const LOOSE_WEIGHT = 0.5;
// With fewer full matches than this, the list is topped up with the best partial ones.
const MIN_RESULTS = 8;

/** Per query word: item id -> that word's score for the item. */
export type WordScores = ReadonlyMap<string, number>;

export interface Ranked {
  id: string;
  score: number;
}

/**
 * Ranks items by their summed word scores, scaled by how many of the query's distinctive
 * words they match. Items must match every distinctive word (a query of three or more
 * may miss a third); when nothing does, the best partial matches are shown instead.
 * Ties keep library order (`order`).
 */
export function rankItems(perWord: readonly WordScores[], itemCount: number, order: ReadonlyMap<string, number>): Ranked[] {
  const distinctive = perWord.filter((g) => g.size > 0 && g.size <= itemCount * COMMON_SHARE);
  const counted = distinctive.length > 0 ? distinctive : perWord;
  const bars = counted.map((g) => (counted.length === 1 ? 0 : Math.max(0, ...g.values()) * MATCH_SHARE));
  const ids = new Set(perWord.flatMap((g) => [...g.keys()]));
  const scored = [...ids].map((id) => {
    const matched = counted.filter((g, n) => {
      const s = g.get(id) ?? 0;
      return s > 0 && s >= bars[n]!;
    }).length;
    const total = perWord.reduce((sum, g) => sum + (g.get(id) ?? 0) * (counted.includes(g) ? 1 : LOOSE_WEIGHT), 0);
    return { id, matched, score: total * ((matched + 1) / (counted.length + 1)) };
  });
  const want = Math.min(counted.length - Math.floor(counted.length / 3), Math.max(0, ...scored.map((r) => r.matched)));
  const byScore = (a: Ranked, b: Ranked) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const full = scored.filter((r) => r.matched >= want).sort(byScore);
  const partial = scored.filter((r) => r.matched < want).sort(byScore);
  return [...full, ...partial.slice(0, Math.max(0, MIN_RESULTS - full.length))].map(({ id, score }) => ({ id, score }));
}
