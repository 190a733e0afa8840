/**
 * Measures of note relevance over labelled cases, shared by the test and the eval script.
 * - precision@1: of the shares where a note came up, how often the top note is relevant
 *   (a note coming up for a share with none relevant counts as a miss);
 * - coverage: of the shares with a relevant note, how often any note came up;
 * - recall@3: of all relevant notes, how many are among the (at most three) shown;
 * - none handled: of the shares with no relevant note, how often nothing came up.
 */
import { rankNotes, type RankedNote, type RankOptions } from "../../src/notes/index.ts";
import type { NoteCase } from "./cases.ts";

export interface Outcome {
  c: NoteCase;
  ranked: RankedNote[];
  topCorrect: boolean | null;
}

export interface Metrics {
  cases: number;
  precisionAt1: number;
  shown: number;
  coverage: number;
  recallAt3: number;
  noneHandled: number;
  noneCases: number;
  outcomes: Outcome[];
}

export function evaluate(cases: readonly NoteCase[], opts?: RankOptions): Metrics {
  const outcomes = cases.map((c): Outcome => {
    const ranked = rankNotes(c.share, c.notes, opts);
    const top = ranked[0];
    return { c, ranked, topCorrect: top ? c.relevant.includes(top.id) : null };
  });
  const shown = outcomes.filter((o) => o.topCorrect !== null);
  const withRelevant = outcomes.filter((o) => o.c.relevant.length > 0);
  const none = outcomes.filter((o) => o.c.relevant.length === 0);
  const relevantTotal = withRelevant.reduce((a, o) => a + o.c.relevant.length, 0);
  const relevantFound = withRelevant.reduce((a, o) => a + o.c.relevant.filter((id) => o.ranked.some((r) => r.id === id)).length, 0);
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    cases: cases.length,
    precisionAt1: ratio(shown.filter((o) => o.topCorrect).length, shown.length),
    shown: shown.length,
    coverage: ratio(withRelevant.filter((o) => o.ranked.length > 0).length, withRelevant.length),
    recallAt3: ratio(relevantFound, relevantTotal),
    noneHandled: ratio(none.filter((o) => o.ranked.length === 0).length, none.length),
    noneCases: none.length,
    outcomes,
  };
}

export function summary(name: string, m: Metrics): string {
  const pct = (x: number) => (Number.isNaN(x) ? "  n/a" : `${(x * 100).toFixed(1).padStart(5)}%`);
  return `${name.padEnd(8)} cases ${String(m.cases).padStart(3)}  precision@1 ${pct(m.precisionAt1)} (of ${m.shown} shown)  coverage ${pct(m.coverage)}  recall@3 ${pct(m.recallAt3)}  none handled ${pct(m.noneHandled)} (of ${m.noneCases})`;
}
