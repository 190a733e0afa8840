import { loadTraining, TRAIN_WRITERS, type LabelledCase } from "./lib/corpus.ts";
import { analyseAll, CONFIG, fitCoach } from "./lib/fit-coach.ts";
import { score } from "./lib/report.ts";
import type { Analysis } from "../src/contract.ts";
const training = loadTraining();
const grid = JSON.parse(process.argv[2] ?? "[{}]") as Record<string, number>[];
for (const g of grid) {
  Object.assign(CONFIG.reply, g);
  Object.assign(CONFIG.share, g);
  const all: LabelledCase[] = []; const an: Analysis[] = [];
  for (const w of TRAIN_WRITERS) {
    const test = training.filter((c) => c.group === w);
    if (test.length === 0) continue;
    all.push(...test); an.push(...analyseAll(test, fitCoach(training.filter((c) => c.group !== w))));
  }
  const r = score(all, an);
  const e = ["mad","sad","glad","fear"].map((x) => r.emotions.scores(x).f1.toFixed(2)).join("/");
  console.log(JSON.stringify(g), `pit ${r.pitfallMacro.toFixed(3)} mov ${r.moveMacro.toFixed(3)} lvl ${(r.level.right/r.level.of).toFixed(3)} emo ${e} depth ${(r.depth.right/r.depth.of).toFixed(3)} asks ${(r.asks.right/r.asks.of).toFixed(3)}`);
}
