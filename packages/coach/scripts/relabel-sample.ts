/**
 * Draws the 10% sample of the writers' corpus (w1–w5) that a second writer labels again
 * for inter-rater agreement, stratified by writer and by the case's first label (so rare
 * labels are in it), deterministic (a fixed seed). Writes the cases without labels.
 *
 *   node --import tsx packages/coach/scripts/relabel-sample.ts /work/corpus/relabel/sample.jsonl
 */
import { writeFileSync } from "node:fs";
import { loadWriter, TRAIN_WRITERS, type LabelledCase } from "./lib/corpus.ts";
import { rng } from "./lib/logistic.ts";

const random = rng(20261207);
const out: LabelledCase[] = [];
for (const w of TRAIN_WRITERS) {
  const strata = new Map<string, LabelledCase[]>();
  for (const c of loadWriter(w)) {
    const key = c.reply === undefined ? "share-only" : ([...c.pitfalls, ...c.moves][0] ?? "none");
    strata.set(key, [...(strata.get(key) ?? []), c]);
  }
  for (const key of [...strata.keys()].sort()) {
    const items = strata.get(key) ?? [];
    const n = Math.max(1, Math.round(items.length / 10));
    const shuffled = items
      .map((c) => ({ c, r: random() }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.c);
    out.push(...shuffled.slice(0, n));
  }
}
const lines = out.map((c) =>
  JSON.stringify({ id: c.id, share: c.share, ...(c.reply !== undefined ? { reply: c.reply } : {}), ...(c.notes.length ? { partnerNotes: c.notes } : {}) }),
);
const target = process.argv[2] ?? "sample.jsonl";
writeFileSync(target, `${lines.join("\n")}\n`);
console.log(`${out.length} cases written to ${target}`);
