/**
 * Measures note relevance (`rankNotes`) on the labelled share/notes cases in
 * packages/coach/test/notes/cases.ts, per split (dev was used for tuning, holdout only
 * measured) and overall.
 *
 *   node --import tsx packages/coach/scripts/eval-notes.ts [--misses]
 *
 * Prints precision@1, coverage, recall@3 and the rate of "none relevant" handled
 * correctly; with --misses, every case where the top note is wrong or a relevant note
 * was not shown.
 */
import { NOTE_CASES } from "../test/notes/cases.ts";
import { evaluate, summary } from "../test/notes/metrics.ts";

const all = evaluate(NOTE_CASES);
console.log(summary("dev", evaluate(NOTE_CASES.filter((c) => c.split === "dev"))));
console.log(summary("holdout", evaluate(NOTE_CASES.filter((c) => c.split === "holdout"))));
console.log(summary("holdout2", evaluate(NOTE_CASES.filter((c) => c.split === "holdout2"))));
console.log(summary("all", all));

if (process.argv.includes("--misses")) {
  console.log("\nmisses:");
  for (const o of all.outcomes) {
    const missing = o.c.relevant.filter((id) => !o.ranked.some((r) => r.id === id));
    const wrong = o.topCorrect === false;
    if (!wrong && missing.length === 0) continue;
    console.log(`\n${o.c.name} [${o.c.split}] "${o.c.share}"  relevant: ${o.c.relevant.join(", ") || "none"}`);
    for (const r of o.ranked) console.log(`   ${r.score.toFixed(2)} ${r.id}  ${r.reasons.join("; ")}`);
    if (o.ranked.length === 0) console.log("   (nothing shown)");
  }
}
