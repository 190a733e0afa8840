/**
 * Inter-rater agreement: Cohen's kappa per label between the writers' labels and a
 * second writer's labels of the 10% sample (`relabel-sample.ts`). Each label is a yes/no
 * judgement per case (reply labels over cases with a reply; share labels over all).
 *
 *   node --import tsx packages/coach/scripts/kappa.ts /work/corpus/relabel/labels.jsonl
 */
import { readFileSync } from "node:fs";
import { MOVE_IDS, PITFALL_IDS } from "../src/contract.ts";
import { CORE_EMOTIONS } from "../src/emotions/types.ts";
import { loadWriter, TRAIN_WRITERS, type LabelledCase } from "./lib/corpus.ts";

interface Relabel {
  id: string;
  expect?: { pitfalls?: string[]; moves?: string[]; shareEmotions?: string[]; shareDepth?: string; asksAdvice?: boolean };
}

/** Cohen's kappa of two yes/no raters. */
export function kappa(pairs: readonly [boolean, boolean][]): { kappa: number; agree: number; n: number; yesA: number; yesB: number } {
  const n = pairs.length;
  if (n === 0) return { kappa: NaN, agree: NaN, n, yesA: 0, yesB: 0 };
  let agree = 0,
    yesA = 0,
    yesB = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    if (a) yesA++;
    if (b) yesB++;
  }
  const po = agree / n;
  const pe = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
  return { kappa: pe === 1 ? 1 : (po - pe) / (1 - pe), agree: po, n, yesA, yesB };
}

function main(): void {
  const file = process.argv[2] ?? "/work/corpus/relabel/labels.jsonl";
  const original = new Map<string, LabelledCase>(TRAIN_WRITERS.flatMap((w) => loadWriter(w)).map((c) => [c.id, c]));
  const second: Relabel[] = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Relabel];
      } catch {
        return [];
      }
    });
  const matched = second.filter((r) => original.has(r.id) && r.expect !== undefined);
  console.log(`${matched.length} relabelled cases matched to the corpus (of ${second.length} lines)`);
  console.log("label                     cases  yes(writer) yes(second)  agreement  kappa");
  const row = (label: string, pairs: [boolean, boolean][]): void => {
    const k = kappa(pairs);
    console.log(
      `${label.padEnd(24)}  ${String(k.n).padStart(5)}  ${String(k.yesA).padStart(11)} ${String(k.yesB).padStart(11)}  ${k.agree.toFixed(3).padStart(9)}  ${Number.isNaN(k.kappa) ? "  –" : k.kappa.toFixed(3)}`,
    );
  };
  const withReply = matched.filter((r) => original.get(r.id)?.reply !== undefined);
  const kappas: number[] = [];
  for (const id of [...PITFALL_IDS, ...MOVE_IDS]) {
    const pairs = withReply.map((r): [boolean, boolean] => {
      const o = original.get(r.id) as LabelledCase;
      return [([...o.pitfalls, ...o.moves] as string[]).includes(id), [...(r.expect?.pitfalls ?? []), ...(r.expect?.moves ?? [])].includes(id)];
    });
    row(id, pairs);
    const k = kappa(pairs).kappa;
    if (!Number.isNaN(k)) kappas.push(k);
  }
  for (const e of CORE_EMOTIONS) {
    row(
      `share emotion ${e}`,
      matched.map((r) => [(original.get(r.id)?.shareEmotions ?? []).includes(e), (r.expect?.shareEmotions ?? []).includes(e)]),
    );
  }
  row(
    "shareDepth inner",
    matched.map((r) => [original.get(r.id)?.shareDepth === "inner", r.expect?.shareDepth === "inner"]),
  );
  row(
    "asksAdvice",
    matched.map((r) => [original.get(r.id)?.asksAdvice === true, r.expect?.asksAdvice === true]),
  );
  console.log(`mean kappa over the 18 reply labels: ${(kappas.reduce((a, b) => a + b, 0) / Math.max(1, kappas.length)).toFixed(3)}`);
}

main();
