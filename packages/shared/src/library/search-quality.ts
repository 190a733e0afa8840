import type { LibraryItem } from "./schema.ts";
import { isHeldOut, type SearchJudgement } from "./search-judgements.ts";

/** How one judged query fared. */
export interface QueryOutcome {
  query: string;
  heldOut: boolean;
  category: boolean;
  /** 1 / rank of the first relevant result; 0 when none is returned. */
  reciprocalRank: number;
  /** Relevant results in the top 5, divided by min(5, number judged relevant). */
  precisionAt5: number;
  /** Results returned, as a share of the whole library. */
  share: number;
  top: readonly string[];
}

export interface QualitySummary {
  queries: number;
  mrr: number;
  precisionAt5: number;
  /** Largest result share among queries that are not category words. */
  worstShare: number;
}

/** Scores one query's ranked results against its judgement. */
export function judgeQuery(judgement: SearchJudgement, results: readonly LibraryItem[], librarySize: number, heldOut = false): QueryOutcome {
  const relevant = new Set(judgement.relevant);
  const ids = results.map((r) => r.id);
  const firstHit = ids.findIndex((id) => relevant.has(id));
  const inTop5 = ids.slice(0, 5).filter((id) => relevant.has(id)).length;
  return {
    query: judgement.query,
    heldOut,
    category: judgement.category === true,
    reciprocalRank: firstHit === -1 ? 0 : 1 / (firstHit + 1),
    precisionAt5: inTop5 / Math.min(5, relevant.size),
    share: results.length / librarySize,
    top: ids.slice(0, 5),
  };
}

/** Runs every judged query through `search`; held-out queries are marked, not skipped. */
export function judgeAll(search: (query: string) => readonly LibraryItem[], judgements: readonly SearchJudgement[], librarySize: number): QueryOutcome[] {
  return judgements.map((j, n) => judgeQuery(j, search(j.query), librarySize, isHeldOut(n)));
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Mean reciprocal rank, mean precision@5 and the worst non-category share. */
export function summarise(outcomes: readonly QueryOutcome[]): QualitySummary {
  return {
    queries: outcomes.length,
    mrr: mean(outcomes.map((o) => o.reciprocalRank)),
    precisionAt5: mean(outcomes.map((o) => o.precisionAt5)),
    worstShare: Math.max(0, ...outcomes.filter((o) => !o.category).map((o) => o.share)),
  };
}
