/**
 * Internal consistency of the Relationship Readiness Test: Cronbach's alpha per
 * subscale, on simulated answers and on real ones when a file is given.
 *
 *   node --import tsx packages/shared/scripts/readiness-alpha.ts [answers.json] [--seed=N] [--n=500]
 *
 * answers.json: an array of answer maps ({ "rt-01": 4, … }) or of objects with an
 * `answers` map; entries that fail `answersBody` are counted and skipped.
 *
 * The simulation is a latent-trait model: each person has one trait per subscale
 * (correlated through a general factor), an item answer is trait + item offset +
 * noise, plus a personal tendency to agree (acquiescence), which is what reverse-keyed
 * items are there to cancel; reverse items are answered flipped; answers are rounded
 * to 1..5. Its alphas reflect the model's noise, not the wording of the items: they
 * check that keying and scoring hang together. Only real answers speak to the items.
 *
 * Not a reliability figure: never quote the simulated alphas as the test's reliability
 * (they read the same with every item replaced by nonsense). For that, an operator runs
 * `npm run readiness-reliability` on consenting people's real answers.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { cronbachAlpha } from "../src/readiness/alpha.ts";
import { READINESS_ITEMS, type ReadinessItem } from "../src/readiness/items.ts";
import { answersBody, type ReadinessAnswers } from "../src/readiness/schema.ts";
import { keyedValue } from "../src/readiness/score.ts";
import { SUBSCALES } from "../src/readiness/subscales.ts";
import { seededRandom } from "../src/seeded-random.ts";

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const clampRound = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

export interface SimulationOptions {
  n: number;
  seed: number;
  /** weight of the trait on an item's answer */
  loading: number;
  /** standard deviation of item noise */
  noise: number;
  /** standard deviation of the personal tendency to agree */
  acquiescence: number;
}

export function simulate(items: readonly ReadinessItem[], o: SimulationOptions): ReadinessAnswers[] {
  const rand = seededRandom(o.seed);
  // A fixed offset per item: some statements are easier to agree with than others.
  const offset = new Map(items.map((i) => [i.id, (rand() - 0.5) * 0.8]));
  const people: ReadinessAnswers[] = [];
  for (let p = 0; p < o.n; p++) {
    const general = normal(rand);
    const trait = new Map(SUBSCALES.map((s) => [s.id, 0.5 * general + Math.sqrt(0.75) * normal(rand)]));
    const agree = o.acquiescence * normal(rand);
    const answers: ReadinessAnswers = {};
    for (const item of items) {
      const keyed = 3.2 + o.loading * (trait.get(item.subscale) ?? 0) + (offset.get(item.id) ?? 0) + o.noise * normal(rand);
      const raw = item.reverse ? 6 - keyed : keyed;
      answers[item.id] = clampRound(raw + agree);
    }
    people.push(answers);
  }
  return people;
}

function correlation(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

interface Row {
  subscale: string;
  k: number;
  alpha: number;
  weakestItem: string;
  weakestItemRest: number;
}

/** Alpha per subscale and the item that correlates least with the rest of its scale. */
export function alphaTable(people: readonly ReadinessAnswers[], items: readonly ReadinessItem[] = READINESS_ITEMS): Row[] {
  return SUBSCALES.map((s) => {
    const its = items.filter((i) => i.subscale === s.id);
    const matrix = people.map((a) => its.map((i) => keyedValue(i, a[i.id] ?? Number.NaN)));
    let weakestItem = "";
    let weakestItemRest = Number.POSITIVE_INFINITY;
    its.forEach((item, j) => {
      const col = matrix.map((row) => row[j] as number);
      const rest = matrix.map((row) => row.reduce((a, b) => a + b, 0) - (row[j] as number));
      const r = correlation(col, rest);
      if (r < weakestItemRest) {
        weakestItemRest = r;
        weakestItem = item.id;
      }
    });
    return { subscale: s.id, k: its.length, alpha: cronbachAlpha(matrix), weakestItem, weakestItemRest };
  });
}

function print(title: string, rows: readonly Row[], n: number): void {
  console.log(`\n${title} (N = ${n})`);
  console.log("subscale          items   alpha   weakest item (item-rest r)");
  for (const r of rows) {
    console.log(`${r.subscale.padEnd(17)} ${String(r.k).padStart(5)}   ${r.alpha.toFixed(3).padStart(5)}   ${r.weakestItem} (${r.weakestItemRest.toFixed(2)})`);
  }
}

function readReal(file: string): { people: ReadinessAnswers[]; skipped: number } {
  const data: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array`);
  const people: ReadinessAnswers[] = [];
  let skipped = 0;
  for (const entry of data as unknown[]) {
    const candidate = entry !== null && typeof entry === "object" && "answers" in entry ? (entry as { answers: unknown }).answers : entry;
    const parsed = answersBody.safeParse(candidate);
    if (parsed.success) people.push(parsed.data);
    else skipped++;
  }
  return { people, skipped };
}

function main(argv: readonly string[]): void {
  const flag = (name: string, fallback: number) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.slice(name.length + 3)) : fallback;
  };
  const options: SimulationOptions = { n: flag("n", 500), seed: flag("seed", 20260501), loading: 0.8, noise: 0.8, acquiescence: 0.3 };
  const sim = simulate(READINESS_ITEMS, options);
  print(
    `Simulated answers (seed ${options.seed}, loading ${options.loading}, noise ${options.noise}, acquiescence ${options.acquiescence})`,
    alphaTable(sim),
    sim.length,
  );

  const file = argv.find((a) => !a.startsWith("--"));
  if (file) {
    const { people, skipped } = readReal(file);
    if (people.length < 2) console.log(`\n${file}: ${people.length} valid answer sets (${skipped} skipped); need at least 2.`);
    else print(`Real answers from ${file}${skipped ? `, ${skipped} invalid skipped` : ""}`, alphaTable(people), people.length);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
