/**
 * The blind rewrite judging set: 200 replies with a pitfall (by the writers' labels),
 * stratified by writer and pitfall, deterministic, each with the shipped coach's
 * rewrite. The judge sees share, reply and rewrite only. A reply the coach gave no
 * rewrite for is not sent; it counts as grade 0 in the report (`judge-report.ts`).
 *
 *   node --import tsx packages/coach/scripts/judge-sample.ts /work/corpus/judge/rewrites.jsonl [w1,w2,…]
 */
import { writeFileSync } from "node:fs";
import { analyze } from "../src/index.ts";
import { loadWriter, TRAIN_WRITERS } from "./lib/corpus.ts";
import { rng } from "./lib/logistic.ts";
import { repliesWithPitfall, stratifiedByPitfall } from "./lib/pitfall-sample.ts";

const TOTAL = 200;
const target = process.argv[2] ?? "rewrites.jsonl";
const writers = (process.argv[3] ?? TRAIN_WRITERS.join(",")).split(",");
const random = rng(20261208);
const chosen = stratifiedByPitfall(repliesWithPitfall(writers.flatMap((w) => loadWriter(w))), TOTAL, random);
let none = 0;
const lines: string[] = [];
const missing: string[] = [];
for (const c of chosen) {
  const a = analyze({ share: c.share, reply: c.reply ?? "", partnerNotes: c.notes });
  if (a.rewrite === null) {
    none++;
    missing.push(c.id);
    continue;
  }
  lines.push(JSON.stringify({ id: c.id, share: c.share, reply: c.reply, rewrite: a.rewrite }));
}
writeFileSync(target, `${lines.join("\n")}\n`);
writeFileSync(`${target}.no-rewrite.txt`, `${missing.join("\n")}\n`);
console.log(`${chosen.length} replies with a pitfall chosen; ${lines.length} rewrites written to ${target}; ${none} got no rewrite (count as grade 0)`);
