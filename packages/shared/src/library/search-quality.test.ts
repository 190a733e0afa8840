import { describe, expect, it } from "vitest";
import { LIBRARY_ITEMS, libraryItemById, searchLibrary } from "./index.ts";
import type { LibraryItem } from "./schema.ts";
import { isHeldOut, SEARCH_JUDGEMENTS } from "./search-judgements.ts";
import { judgeAll, judgeQuery, summarise } from "./search-quality.ts";

const items = (...ids: string[]) => ids.map((id) => libraryItemById(id)!);

describe("the judged query set", () => {
  it("has at least 60 queries, a third held out", () => {
    expect(SEARCH_JUDGEMENTS.length).toBeGreaterThanOrEqual(60);
    const heldOut = SEARCH_JUDGEMENTS.filter((_, n) => isHeldOut(n)).length;
    expect(heldOut).toBe(Math.floor(SEARCH_JUDGEMENTS.length / 3));
  });

  // A renamed or mistyped id would silently count as a miss and skew every figure.
  it("judges only practices that exist, each query once", () => {
    for (const j of SEARCH_JUDGEMENTS) {
      expect(j.relevant.length, j.query).toBeGreaterThan(0);
      for (const id of j.relevant) expect(libraryItemById(id), `${j.query}: ${id}`).toBeDefined();
    }
    expect(new Set(SEARCH_JUDGEMENTS.map((j) => j.query)).size).toBe(SEARCH_JUDGEMENTS.length);
  });
});

describe("judgeQuery", () => {
  const judgement = { query: "q", relevant: ["three-specific-thanks", "what-i-admire"] };

  it("scores the rank of the first relevant result and precision over min(5, relevant)", () => {
    const results: LibraryItem[] = items("six-second-hello", "what-i-admire", "spot-the-bids", "three-specific-thanks");
    const outcome = judgeQuery(judgement, results, 100);
    expect(outcome.reciprocalRank).toBe(0.5);
    expect(outcome.precisionAt5).toBe(1);
    expect(outcome.share).toBe(0.04);
  });

  it("scores nothing found as zero, and a relevant item below the fifth as no precision", () => {
    expect(judgeQuery(judgement, [], 100).reciprocalRank).toBe(0);
    const late = items("six-second-hello", "spot-the-bids", "near-or-far", "one-quiet-minute", "tell-me-more", "what-i-admire");
    const outcome = judgeQuery(judgement, late, 100);
    expect(outcome.reciprocalRank).toBeCloseTo(1 / 6);
    expect(outcome.precisionAt5).toBe(0);
  });
});

// The targets of issue 17, measured over the judged set (figures in docs/library.md).
describe("library search quality", () => {
  const outcomes = judgeAll((q) => searchLibrary(q), SEARCH_JUDGEMENTS, LIBRARY_ITEMS.length);
  const all = summarise(outcomes);
  const tuning = summarise(outcomes.filter((o) => !o.heldOut));
  const heldOut = summarise(outcomes.filter((o) => o.heldOut));

  it("reaches MRR >= 0.8 and precision@5 >= 0.7 over all judged queries", () => {
    expect(all.mrr).toBeGreaterThanOrEqual(0.8);
    expect(all.precisionAt5).toBeGreaterThanOrEqual(0.7);
  });

  it("reaches the targets on the tuning queries", () => {
    expect(tuning.mrr).toBeGreaterThanOrEqual(0.8);
    expect(tuning.precisionAt5).toBeGreaterThanOrEqual(0.7);
  });

  // Held-out precision@5 measured 0.67, short of 0.7 (docs/library.md says why); this
  // floor catches a regression without pretending the target is met there.
  it("holds up on the held-out queries", () => {
    expect(heldOut.mrr).toBeGreaterThanOrEqual(0.8);
    expect(heldOut.precisionAt5).toBeGreaterThanOrEqual(0.65);
  });

  it("returns no more than a third of the library unless the query names a topic or kind", () => {
    for (const o of outcomes.filter((x) => !x.category)) expect(o.share, o.query).toBeLessThanOrEqual(1 / 3);
  });
});
