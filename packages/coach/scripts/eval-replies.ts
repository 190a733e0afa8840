/**
 * Measures the coach's reply labels against two external, human-labelled sets that we
 * may study and measure with but never ship from: ESConv dev (supporter strategies),
 * AnnoMI (motivational-interviewing therapist behaviours) and, as a small indicative
 * extra, the EmpatheticIntents gold replies. The share given to the coach
 * is the seeker's / client's latest turn before the reply.
 *
 *   node --import tsx packages/coach/scripts/eval-replies.ts
 *   node --import tsx packages/coach/scripts/eval-replies.ts --show fixing:fn --set esconv --n 30
 *
 * `--show LABEL:fn|fp` prints up to `--n` misses of one comparison to the terminal (for
 * studying where the rules fail; nothing is written to disk).
 *
 * Mappings (gold → coach label):
 * - ESConv: Providing Suggestions → fixing; Questions → exploration; Reflection of
 *   feelings + Restatement or Paraphrasing → validation ∪ naming_feeling;
 *   Self-disclosure → hijacking. Each reply carries one strategy, so every other reply
 *   is a negative for that comparison.
 * - AnnoMI: therapist_input_subtype "advice" → fixing; reflection_exists → validation ∪
 *   naming_feeling; question_subtype "open" → exploration. Variants with "options" as
 *   advice and with all questions are printed too.
 * - EmpatheticIntents (gold, replies only): advising + suggesting → fixing; questioning →
 *   exploration; sharing_experience → hijacking; sympathizing → warmth.
 */
import { analyze } from "../src/index.ts";
import type { Analysis } from "../src/contract.ts";
import { type AnnomiItem, type EsconvItem, type IntentItem, loadAnnomi, loadEsconv, loadIntents } from "./lib/external.ts";
import { scores, type Counts } from "./lib/metrics.ts";

interface Comparison<T> {
  name: string;
  gold: (item: T) => boolean;
  predicted: (a: Analysis) => boolean;
  /** items left out of this comparison */
  skip?: (item: T) => boolean;
}

const has = (a: Analysis, ...ids: string[]): boolean => ids.some((id) => (a.pitfalls as string[]).includes(id) || (a.moves as string[]).includes(id));

const ESCONV: Comparison<EsconvItem>[] = [
  { name: "fixing ~ Providing Suggestions", gold: (x) => x.strategy === "Providing Suggestions", predicted: (a) => has(a, "fixing") },
  {
    name: "fixing ~ Suggestions + Information",
    gold: (x) => x.strategy === "Providing Suggestions" || x.strategy === "Information",
    predicted: (a) => has(a, "fixing"),
  },
  { name: "exploration ~ Questions", gold: (x) => x.strategy === "Questions", predicted: (a) => has(a, "exploration") },
  {
    name: "validation|naming ~ Reflection + Restatement",
    gold: (x) => x.strategy === "Reflection of feelings" || x.strategy === "Restatement or Paraphrasing",
    predicted: (a) => has(a, "validation", "naming_feeling"),
  },
  { name: "naming_feeling ~ Reflection of feelings", gold: (x) => x.strategy === "Reflection of feelings", predicted: (a) => has(a, "naming_feeling") },
  { name: "hijacking ~ Self-disclosure", gold: (x) => x.strategy === "Self-disclosure", predicted: (a) => has(a, "hijacking") },
];

const ANNOMI: Comparison<AnnomiItem>[] = [
  { name: "fixing ~ advice", gold: (x) => x.inputSubtype === "advice", predicted: (a) => has(a, "fixing") },
  { name: "fixing ~ advice + options", gold: (x) => x.inputSubtype === "advice" || x.inputSubtype === "options", predicted: (a) => has(a, "fixing") },
  { name: "validation|naming ~ reflection", gold: (x) => x.reflection, predicted: (a) => has(a, "validation", "naming_feeling") },
  { name: "naming_feeling ~ complex reflection", gold: (x) => x.reflectionSubtype === "complex", predicted: (a) => has(a, "naming_feeling") },
  { name: "exploration ~ open question", gold: (x) => x.questionSubtype === "open", predicted: (a) => has(a, "exploration") },
  { name: "exploration ~ any question", gold: (x) => x.questionSubtype === "open" || x.questionSubtype === "closed", predicted: (a) => has(a, "exploration") },
];

const INTENTS: Comparison<IntentItem>[] = [
  { name: "fixing ~ advising + suggesting", gold: (x) => x.intent === "advising" || x.intent === "suggesting", predicted: (a) => has(a, "fixing") },
  { name: "exploration ~ questioning", gold: (x) => x.intent === "questioning", predicted: (a) => has(a, "exploration") },
  { name: "hijacking ~ sharing_experience", gold: (x) => x.intent === "sharing_experience", predicted: (a) => has(a, "hijacking") },
  { name: "warmth ~ sympathizing", gold: (x) => x.intent === "sympathizing", predicted: (a) => has(a, "warmth") },
];

interface Run<T> {
  items: T[];
  analyses: Analysis[];
  ms: number[];
}

/** Timing rounds over the whole set after the labelled pass (which doubles as warm-up). */
const TIMING_ROUNDS = 3;

function run<T extends { share: string; reply: string }>(items: T[]): Run<T> {
  const analyses = items.map((x) => analyze({ share: x.share, reply: x.reply }));
  const ms: number[] = [];
  for (let r = 0; r < TIMING_ROUNDS; r++) {
    for (const x of items) {
      const t0 = performance.now();
      analyze({ share: x.share, reply: x.reply });
      ms.push(performance.now() - t0);
    }
  }
  return { items, analyses, ms };
}

function table<T>(title: string, r: Run<T>, comparisons: Comparison<T>[]): void {
  console.log(`\n${title}`);
  console.log(`${"comparison".padEnd(46)}  support    tp    fp    fn  precision  recall     F1`);
  for (const c of comparisons) {
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    r.items.forEach((x, k) => {
      if (c.skip?.(x)) return;
      const g = c.gold(x);
      const p = c.predicted(r.analyses[k] as Analysis);
      if (g && p) counts.tp++;
      else if (p) counts.fp++;
      else if (g) counts.fn++;
    });
    const s = scores(counts);
    console.log(
      `${c.name.padEnd(46)}  ${String(s.support).padStart(7)}  ${String(counts.tp).padStart(4)}  ${String(counts.fp).padStart(4)}  ${String(counts.fn).padStart(4)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}`,
    );
  }
}

function timing(label: string, ms: number[], items: readonly { share: string; reply: string }[]): void {
  const chars = items.reduce((s, x) => s + x.share.length + x.reply.length, 0) / Math.max(1, items.length);
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = ms.reduce((s, x) => s + x, 0) / Math.max(1, ms.length);
  console.log(
    `${label.padEnd(8)} ${String(ms.length).padStart(5)} analyses (${TIMING_ROUNDS} rounds): mean ${(mean * 1000).toFixed(0)} µs, p50 ${(at(0.5) * 1000).toFixed(0)} µs, p99 ${(at(0.99) * 1000).toFixed(0)} µs (share + reply ${chars.toFixed(0)} chars on average)`,
  );
}

function show<T extends { share: string; reply: string }>(r: Run<T>, comparisons: Comparison<T>[], spec: string, n: number): void {
  const [label, kind] = spec.split(":");
  const c = comparisons.find((x) => x.name.startsWith(`${label} `));
  if (!c) return;
  console.log(`\n${kind === "fp" ? "false positives" : "misses"} for "${c.name}" (up to ${n}):`);
  let shown = 0;
  r.items.forEach((x, k) => {
    if (shown >= n || c.skip?.(x)) return;
    const a = r.analyses[k] as Analysis;
    const g = c.gold(x);
    const p = c.predicted(a);
    if ((kind === "fp" && p && !g) || (kind !== "fp" && g && !p)) {
      shown++;
      console.log(`- share: ${x.share.slice(0, 140)}\n  reply: ${x.reply.slice(0, 300)}\n  coach: [${[...a.pitfalls, ...a.moves].join(", ")}]`);
    }
  });
}

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const esconv = run(loadEsconv());
const annomi = run(loadAnnomi());
const intents = run(loadIntents());
table(`ESConv dev: ${esconv.items.length} supporter replies (one strategy each)`, esconv, ESCONV);
table(`AnnoMI: ${annomi.items.length} therapist utterances (first annotation of each)`, annomi, ANNOMI);
table(`EmpatheticIntents gold: ${intents.items.length} listener replies (no share available; small, indicative only)`, intents, INTENTS);
console.log("\ntime per analysis (share + reply, Node, after a warm-up pass); p99 includes GC pauses");
timing("ESConv", esconv.ms, esconv.items);
timing("AnnoMI", annomi.ms, annomi.items);

const spec = arg("--show");
if (spec) {
  const n = Number(arg("--n") ?? 20);
  if (arg("--set") === "annomi") show(annomi, ANNOMI, spec, n);
  else if (arg("--set") === "intents") show(intents, INTENTS, spec, n);
  else show(esconv, ESCONV, spec, n);
}
