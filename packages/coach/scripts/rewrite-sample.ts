/**
 * Rewrites side by side with their share, for reading and grading in-sample (w1–w5
 * only; never the blind writers): replies with a pitfall by the writers' labels,
 * deterministic, stratified by first pitfall. Prints plain text, or JSONL with --jsonl.
 *
 *   node --import tsx packages/coach/scripts/rewrite-sample.ts [--n 80] [--seed 7] [--jsonl]
 */
import { analyze } from "../src/index.ts";
import { loadWriter, TRAIN_WRITERS } from "./lib/corpus.ts";
import { rng } from "./lib/logistic.ts";
import { repliesWithPitfall, stratifiedByPitfall } from "./lib/pitfall-sample.ts";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const n = Number(arg("--n", "80"));
const random = rng(Number(arg("--seed", "7")));
const jsonl = process.argv.includes("--jsonl");
const chosen = stratifiedByPitfall(repliesWithPitfall(TRAIN_WRITERS.flatMap((w) => loadWriter(w))), n, random);
for (const c of chosen) {
  const a = analyze({ share: c.share, reply: c.reply ?? "", partnerNotes: c.notes });
  if (jsonl) {
    console.log(JSON.stringify({ id: c.id, share: c.share, reply: c.reply, rewrite: a.rewrite, labels: c.pitfalls, found: a.pitfalls }));
    continue;
  }
  console.log(`## ${c.id}  labels ${c.pitfalls.join(",")}  found ${a.pitfalls.join(",") || "-"}`);
  console.log(`S: ${c.share}`);
  console.log(`R: ${c.reply}`);
  console.log(`W: ${a.rewrite ?? "(none)"}\n`);
}
