/**
 * Scores analyses against labelled cases: per-label precision / recall / F1, macro-F1
 * over pitfalls and over moves, level accuracy, share emotions, depth and advice
 * requests, and how many pitfalls worded without a stock phrase were caught. One
 * report for every set (in-sample, cross-writer, held-out, blind).
 */
import { MOVE_IDS, PITFALL_IDS, type Analysis, type MoveId, type PitfallId } from "../../src/contract.ts";
import { CORE_EMOTIONS } from "../../src/emotions/types.ts";
import type { LabelledCase } from "./corpus.ts";
import { LabelCounter } from "./metrics.ts";

/** The phrases everyone knows (the writers' brief listed them); a pitfall without one is "unstock". */
const STOCK =
  /\b(?:you should|at least|don'?t worry|same (?:thing )?happened to me|what are you going to do|i understand|poor you|that makes sense|congrats)\b/i;

export interface Report {
  labels: LabelCounter<PitfallId | MoveId>;
  emotions: LabelCounter<string>;
  pitfallMacro: number;
  moveMacro: number;
  macro: number;
  level: { right: number; of: number };
  depth: { right: number; of: number };
  asks: { right: number; of: number };
  unstock: { caught: number; of: number };
  stock: { caught: number; of: number };
  replies: number;
  shares: number;
}

function macro(counter: LabelCounter<string>, labels: readonly string[]): number {
  const present = labels.filter((l) => counter.scores(l).support > 0);
  return present.length === 0 ? 0 : present.reduce((a, l) => a + counter.scores(l).f1, 0) / present.length;
}

/** Scores `analyses[i]` against `cases[i]`. */
export function score(cases: readonly LabelledCase[], analyses: readonly Analysis[]): Report {
  const labels = new LabelCounter<PitfallId | MoveId>([...PITFALL_IDS, ...MOVE_IDS]);
  const emotions = new LabelCounter<string>(CORE_EMOTIONS);
  const r: Report = {
    labels,
    emotions,
    pitfallMacro: 0,
    moveMacro: 0,
    macro: 0,
    level: { right: 0, of: 0 },
    depth: { right: 0, of: 0 },
    asks: { right: 0, of: 0 },
    unstock: { caught: 0, of: 0 },
    stock: { caught: 0, of: 0 },
    replies: 0,
    shares: cases.length,
  };
  cases.forEach((c, i) => {
    const a = analyses[i];
    if (a === undefined) return;
    if (c.shareEmotions !== undefined && c.emotionsComplete) emotions.add(c.shareEmotions, a.shareEmotions);
    if (c.shareDepth !== undefined) {
      r.depth.of++;
      if (a.shareDepth === c.shareDepth) r.depth.right++;
    }
    if (c.asksAdvice !== undefined) {
      r.asks.of++;
      if (a.asksAdvice === c.asksAdvice) r.asks.right++;
    }
    if (c.reply === undefined) return;
    r.replies++;
    labels.add([...c.pitfalls, ...c.moves], [...a.pitfalls, ...a.moves]);
    if (c.level !== undefined) {
      r.level.of++;
      if (a.level === c.level) r.level.right++;
    }
    const bucket = STOCK.test(c.reply) ? r.stock : r.unstock;
    for (const p of c.pitfalls) {
      bucket.of++;
      if (a.pitfalls.includes(p)) bucket.caught++;
    }
  });
  r.pitfallMacro = macro(labels as LabelCounter<string>, PITFALL_IDS);
  r.moveMacro = macro(labels as LabelCounter<string>, MOVE_IDS);
  r.macro = macro(labels as LabelCounter<string>, [...PITFALL_IDS, ...MOVE_IDS]);
  return r;
}

const pct = (x: { right: number; of: number }): string => `${x.of === 0 ? "–" : (x.right / x.of).toFixed(3)}  (${x.right}/${x.of})`;

/** The report as text. */
export function formatReport(title: string, r: Report): string {
  return [
    `${title}: ${r.replies} replies, ${r.shares} shares`,
    r.labels.table(),
    `pitfall macro-F1      ${r.pitfallMacro.toFixed(3)}`,
    `move macro-F1         ${r.moveMacro.toFixed(3)}`,
    `macro-F1 (18 labels)  ${r.macro.toFixed(3)}`,
    `level accuracy        ${pct(r.level)}`,
    `pitfalls caught without a stock phrase ${r.unstock.caught}/${r.unstock.of}; with one ${r.stock.caught}/${r.stock.of}`,
    r.emotions.table("share emotions (cases with complete emotion labels)"),
    `shareDepth accuracy   ${pct(r.depth)}`,
    `asksAdvice accuracy   ${pct(r.asks)}`,
  ].join("\n");
}
