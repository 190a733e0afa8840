/**
 * Prints library search quality over the judged query set (issue 17): MRR, precision@5
 * and the largest result share, for the tuning and the held-out queries apart.
 * Run: node --import tsx packages/shared/scripts/library-search-eval.ts [--queries]
 */
import { LIBRARY_ITEMS, searchLibrary } from "../src/library/index.ts";
import { SEARCH_JUDGEMENTS } from "../src/library/search-judgements.ts";
import { judgeAll, summarise, type QueryOutcome } from "../src/library/search-quality.ts";

const outcomes = judgeAll((q) => searchLibrary(q), SEARCH_JUDGEMENTS, LIBRARY_ITEMS.length);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function line(label: string, set: readonly QueryOutcome[]): string {
  const s = summarise(set);
  return `${label.padEnd(9)} ${String(s.queries).padStart(3)} queries  MRR ${s.mrr.toFixed(3)}  P@5 ${s.precisionAt5.toFixed(3)}  largest non-category share ${pct(s.worstShare)}`;
}

if (process.argv.includes("--queries")) {
  for (const o of outcomes) {
    const flag = o.heldOut ? "H" : " ";
    console.log(
      `${flag} RR ${o.reciprocalRank.toFixed(2)} P5 ${o.precisionAt5.toFixed(2)} ${pct(o.share).padStart(4)}  ${o.query.padEnd(34)} ${o.top.join(", ")}`,
    );
  }
  console.log("");
}
console.log(
  line(
    "tuning",
    outcomes.filter((o) => !o.heldOut),
  ),
);
console.log(
  line(
    "held-out",
    outcomes.filter((o) => o.heldOut),
  ),
);
console.log(line("all", outcomes));
