/**
 * Measures the learned coach on labelled cases, by writer.
 *
 *   node --import tsx packages/coach/scripts/eval-coach.ts --lowo            # leave-one-writer-out on the training writers (the number to steer by)
 *   node --import tsx packages/coach/scripts/eval-coach.ts --set in-sample   # shipped model on the training writers + own cases (it was fitted on them)
 *   node --import tsx packages/coach/scripts/eval-coach.ts --set writers     # shipped model (or --rules) on the training writers only
 *   node --import tsx packages/coach/scripts/eval-coach.ts --set holdout     # shipped model on the project's 85 held-out cases
 *   node --import tsx packages/coach/scripts/eval-coach.ts --set w14 --corpus /work/corpus  # shipped model on a writer folder outside the repo (the blind writer: once, at the end)
 *   add --rules to measure the hand-written rules alone (the baseline); --show LABEL:fp|fn prints misses (terminal only)
 *
 * `--lowo --folds w1,w2` runs only those folds; `--share-cache DIR` keeps each fold's
 * share model in DIR between runs (the reply experiments do not change it); `--save FILE`
 * keeps the folds' analyses, and `--pool FILE,FILE` pools saved folds into one table
 * (folds in two processes on two cores).
 *
 * Leave-one-writer-out: for each writer, the whole training procedure (share model,
 * reply model, thresholds tuned on out-of-group predictions) runs on the other writers
 * and our own cases, and the writer's cases are analysed through `analyzeWith`, the
 * app's own path. The pooled table is the cross-writer estimate.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Analysis } from "../src/contract.ts";
import { models } from "../src/model/model.ts";
import { loadHoldout, loadOwn, loadTraining, loadWriter, TRAIN_WRITERS, type LabelledCase } from "./lib/corpus.ts";
import { analyseAll, fitCoach } from "./lib/fit-coach.ts";
import { formatReport, score } from "./lib/report.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function show(cases: readonly LabelledCase[], analyses: readonly Analysis[], spec: string, n: number): void {
  const [label = "", kind = "fn"] = spec.split(":");
  let shown = 0;
  cases.forEach((c, i) => {
    const a = analyses[i];
    if (a === undefined || c.reply === undefined || shown >= n) return;
    const gold = ([...c.pitfalls, ...c.moves] as string[]).includes(label);
    const got = ([...a.pitfalls, ...a.moves] as string[]).includes(label);
    if ((kind === "fn" && gold && !got) || (kind === "fp" && got && !gold)) {
      shown++;
      console.log(
        `- [${c.id}] share: ${c.share}\n  reply: ${c.reply}\n  gold: ${[...c.pitfalls, ...c.moves].join(",")}  got: ${[...a.pitfalls, ...a.moves].join(",")}`,
      );
    }
  });
}

function main(): void {
  const pool = arg("--pool");
  if (pool !== undefined) {
    // Folds run in separate processes (`--lowo --folds … --save FILE`), pooled here into one table.
    const byId = new Map(loadTraining().map((c) => [c.id, c]));
    const saved = pool.split(",").flatMap((f) => JSON.parse(readFileSync(f, "utf8")) as { id: string; analysis: Analysis }[]);
    const cases = saved.map((s) => byId.get(s.id)).filter((c): c is LabelledCase => c !== undefined);
    if (cases.length !== saved.length) throw new Error("a saved case is not in the training set");
    const groups = [...new Set(cases.map((c) => c.group))];
    console.log(
      formatReport(
        `leave-one-writer-out, pooled over ${groups.join(", ")}`,
        score(
          cases,
          saved.map((s) => s.analysis),
        ),
      ),
    );
    return;
  }
  const set = arg("--set");
  const spec = arg("--show");
  const n = Number(arg("--n") ?? 20);
  if (process.argv.includes("--lowo")) {
    const training = loadTraining();
    const only = arg("--folds")?.split(",");
    const writers = TRAIN_WRITERS.filter((w) => training.some((c) => c.group === w) && (only === undefined || only.includes(w)));
    const cache = arg("--share-cache");
    const save = arg("--save");
    const all: LabelledCase[] = [];
    const analyses: Analysis[] = [];
    for (const w of writers) {
      const fitted = fitCoach(
        training.filter((c) => c.group !== w),
        cache,
      );
      const test = training.filter((c) => c.group === w);
      const a = analyseAll(test, fitted);
      const r = score(test, a);
      console.log(
        `${w}: ${r.replies} replies; pitfall macro-F1 ${r.pitfallMacro.toFixed(3)}, move macro-F1 ${r.moveMacro.toFixed(3)}, level ${(r.level.right / Math.max(1, r.level.of)).toFixed(3)}`,
      );
      all.push(...test);
      analyses.push(...a);
      // after each fold, so a run stopped early keeps what it finished
      if (save !== undefined) writeFileSync(save, JSON.stringify(all.map((c, i) => ({ id: c.id, analysis: analyses[i] }))));
    }
    console.log(formatReport(`leave-one-writer-out, pooled over ${writers.join(", ")}`, score(all, analyses)));
    if (spec !== undefined) show(all, analyses, spec, n);
    return;
  }
  const cases =
    set === "in-sample"
      ? loadTraining()
      : set === "writers"
        ? loadTraining().filter((c) => c.group !== "own")
        : set === "own"
          ? loadOwn()
          : set === "holdout"
            ? loadHoldout()
            : set !== undefined
              ? loadWriter(set, arg("--corpus"))
              : [];
  if (cases.length === 0) {
    console.error(
      "usage: eval-coach.ts --lowo [--folds w1,w2] [--share-cache DIR] | --set in-sample|own|holdout|wN [--corpus DIR] [--show label:fn|fp] [--n 20]",
    );
    process.exit(2);
  }
  // --rules: the hand-written rules alone, the baseline the model is measured against
  const rulesOnly = process.argv.includes("--rules");
  const analyses = analyseAll(cases, rulesOnly ? null : models());
  console.log(formatReport(`${rulesOnly ? "rules alone" : "shipped model"} on ${set}`, score(cases, analyses)));
  if (spec !== undefined) show(cases, analyses, spec, n);
}

main();
