/**
 * Pitfall recall on new writers: leave-one-writer-out over w1–w5 with every pitfall's
 * decision bias raised by a constant (a "lean" towards recall), to choose that one
 * number by cross-writer figures only. It was run before `REWRITE_PITFALL_LEAN`
 * (src/model/reply-model.ts) existed; since then the rewrite columns carry that lean on
 * top of the one given here, the label columns do not. For each lean: pooled pitfall macro-F1 and
 * recall, the share of replies with a gold pitfall that get a rewrite, and the share of
 * replies without one (but with a kind move) that get a rewrite they did not need.
 *
 *   node --import tsx packages/coach/scripts/eval-pitfall-lean.ts [0,0.25,0.5,0.75]
 */
import { PITFALL_IDS } from "../src/contract.ts";
import type { DecodedWeights } from "../src/emotions/codec.ts";
import { loadTraining, TRAIN_WRITERS, type LabelledCase } from "./lib/corpus.ts";
import { analyseAll, fitCoach } from "./lib/fit-coach.ts";
import { score } from "./lib/report.ts";
import type { Analysis } from "../src/contract.ts";

const leans = (process.argv[2] ?? "0,0.25,0.5,0.75,1").split(",").map(Number);
const PITFALLS: ReadonlySet<string> = new Set(PITFALL_IDS);

function leaned(model: DecodedWeights, lean: number): DecodedWeights {
  return { ...model, bias: Float64Array.from(model.bias, (b, k) => (PITFALLS.has(model.outputs[k] ?? "") ? b + lean : b)) };
}

const training = loadTraining();
const cases: LabelledCase[] = [];
const byLean = new Map<number, Analysis[]>(leans.map((l) => [l, []]));
for (const w of TRAIN_WRITERS) {
  const fitted = fitCoach(training.filter((c) => c.group !== w));
  const test = training.filter((c) => c.group === w);
  cases.push(...test);
  for (const l of leans) byLean.get(l)?.push(...analyseAll(test, { share: fitted.share, reply: leaned(fitted.reply, l) }));
  console.error(`${w} done`);
}
const replies = cases.map((c, i) => ({ c, i })).filter(({ c }) => c.reply !== undefined);
for (const l of leans) {
  const a = byLean.get(l) ?? [];
  const r = score(cases, a);
  let tp = 0,
    fn = 0;
  for (const id of PITFALL_IDS) {
    const s = r.labels.get(id);
    tp += s.tp;
    fn += s.fn;
  }
  const bad = replies.filter(({ c }) => c.pitfalls.length > 0);
  const good = replies.filter(({ c }) => c.pitfalls.length === 0 && c.moves.length > 0);
  const rewritten = (xs: typeof replies): number => xs.filter(({ i }) => a[i]?.rewrite !== null).length;
  console.log(
    `lean ${l.toFixed(2)}: pitfall macro-F1 ${r.pitfallMacro.toFixed(3)}  move macro-F1 ${r.moveMacro.toFixed(3)}  pitfall recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}  ` +
      `rewrite for a reply with a pitfall ${rewritten(bad)}/${bad.length}  for a kind reply without one ${rewritten(good)}/${good.length}`,
  );
}
