/**
 * Rewrites side by side with their share, for reading and grading in-sample (the
 * committed writers only; never a blind writer outside the repo): replies with a pitfall
 * by the writers' labels, deterministic, stratified by first pitfall. Prints plain text,
 * or JSONL with --jsonl. `--set w9` (or "w1,w5") reads those writers; the default is the
 * training writers. `--stats` prints, after the sample, how many rewrites add a line of
 * ours and how many only remove words (`--stats-only`: the count alone).
 *
 *   node --import tsx packages/coach/scripts/rewrite-sample.ts [--n 80] [--seed 7] [--set w9] [--jsonl]
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
const set = arg("--set", "");
const writers: readonly string[] = set === "" ? TRAIN_WRITERS : set.split(",");
const chosen = stratifiedByPitfall(repliesWithPitfall(writers.flatMap((w) => loadWriter(w))), n, random);
/** True when every sentence of the rewrite is the replier's own words (case and end punctuation aside): it only removes. */
const onlyRemoves = (rewrite: string, reply: string): boolean => {
  const own = reply.toLowerCase().replace(/\s+/g, " ");
  return rewrite
    .split(/(?<=[.!?])\s+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[.!?]+$/, "")
        .trim(),
    )
    .every((s) => s === "" || own.includes(s) || s.split(/,\s*/).every((part) => own.includes(part)));
};
const tally = { none: 0, removes: 0, adds: 0 };
for (const c of chosen) {
  const a = analyze({ share: c.share, reply: c.reply ?? "", partnerNotes: c.notes });
  if (a.rewrite === null) tally.none++;
  else if (onlyRemoves(a.rewrite, c.reply ?? "")) tally.removes++;
  else tally.adds++;
  if (process.argv.includes("--stats-only")) continue;
  if (jsonl) {
    console.log(JSON.stringify({ id: c.id, share: c.share, reply: c.reply, rewrite: a.rewrite, labels: c.pitfalls, found: a.pitfalls }));
    continue;
  }
  console.log(`## ${c.id}  labels ${c.pitfalls.join(",")}  found ${a.pitfalls.join(",") || "-"}`);
  console.log(`S: ${c.share}`);
  console.log(`R: ${c.reply}`);
  console.log(`W: ${a.rewrite ?? "(none)"}\n`);
}
if (process.argv.includes("--stats") || process.argv.includes("--stats-only"))
  console.log(`${chosen.length} replies: ${tally.removes} rewrites only remove, ${tally.adds} add a line of ours, ${tally.none} without a rewrite`);
