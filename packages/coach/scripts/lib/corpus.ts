/**
 * Reads the labelled cases the learned coach is trained and measured on: the writers'
 * corpus (`packages/coach/corpus/wN/*.jsonl`, one writer per folder) and the
 * project's own cases (`test/cases/`). One shape for both.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CoreEmotion, MoveId, PitfallId } from "../../src/contract.ts";
import { ALL_CASES, HOLDOUT_CASES } from "../../test/cases/index.ts";
import type { CoachCase } from "../../test/cases/types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const corpusDir = path.resolve(here, "../../corpus");

/** One labelled case and the group it came from (a writer id, "own" or "holdout"). */
export interface LabelledCase {
  id: string;
  group: string;
  share: string;
  reply?: string;
  notes: string[];
  pitfalls: PitfallId[];
  moves: MoveId[];
  level?: 0 | 1 | 2;
  /** complete for the writers' cases; for our own cases only the emotions that must be found */
  shareEmotions?: CoreEmotion[];
  emotionsComplete: boolean;
  shareDepth?: "surface" | "inner";
  asksAdvice?: boolean;
}

/** The last training writer: the writers w1 … wN train, in that order. */
const LAST_TRAIN_WRITER = 102;
/** The share model's last training writer (its fit has not moved since 10.8.0). */
const LAST_SHARE_WRITER = 46;

/**
 * The writers whose cases train the model. w6–w8 were blind sets for coach v3–v5 and
 * train since coach v6; w9–w12 were blind sets for coach v6–v7.2 and train since coach v8;
 * w13, the blind set of coach v8, trains since coach v9.
 * w14, the blind set of coach 8.1.0–8.2.0, trains since coach 9.0.0 (its first release).
 * w15–w28, the blind sets of coach 9.2.0–10.4.x, train since coach 10.5.0; w29–w46, the
 * blind sets of 10.4.x–10.7.0 (spent), train since coach 10.8.0; w47–w54, the blind sets of
 * 10.8.0, are spent (committed) and do not train. Since 10.15.0 the reply side (linear model and
 * second stage) trains on w1–w102 (w47–w102, the blind sets of 10.8.0–10.14.0, spent); the share
 * model still on w1–w46 (`SHARE_TRAIN_WRITERS`). w103–w110, 10.15.0's blind set, are spent and do not train.
 * The next blind writer lives outside the repo and is read only by
 * `eval-coach.ts --set wN --corpus DIR`, once, by the integrator.
 */
export const TRAIN_WRITERS: readonly string[] = Array.from({ length: LAST_TRAIN_WRITER }, (_, i) => `w${i + 1}`);

/** The share model's writers: w1–w46 (since 10.15.0 only the reply side trains on w1–w102). */
export const SHARE_TRAIN_WRITERS: ReadonlySet<string> = new Set(TRAIN_WRITERS.slice(0, LAST_SHARE_WRITER));

interface RawCase {
  id?: unknown;
  share?: unknown;
  reply?: unknown;
  partnerNotes?: unknown;
  expect?: {
    pitfalls?: PitfallId[];
    moves?: MoveId[];
    level?: 0 | 1 | 2;
    shareEmotions?: CoreEmotion[];
    shareDepth?: "surface" | "inner";
    asksAdvice?: boolean;
  };
}

/** A writer's cases, files in name order, lines in file order. */
export function loadWriter(writer: string, dir: string = corpusDir): LabelledCase[] {
  const folder = path.join(dir, writer);
  if (!existsSync(folder)) return [];
  const out: LabelledCase[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    for (const line of readFileSync(path.join(folder, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      let c: RawCase;
      try {
        c = JSON.parse(line) as RawCase;
      } catch {
        continue; // a half-written last line while a writer is still at work
      }
      const e = c.expect;
      if (typeof c.id !== "string" || typeof c.share !== "string" || e === undefined) continue;
      const item: LabelledCase = {
        id: c.id,
        group: writer,
        share: c.share,
        notes: Array.isArray(c.partnerNotes) ? c.partnerNotes.filter((n): n is string => typeof n === "string") : [],
        pitfalls: e.pitfalls ?? [],
        moves: e.moves ?? [],
        emotionsComplete: true,
      };
      if (typeof c.reply === "string") item.reply = c.reply;
      if (e.level !== undefined) item.level = e.level;
      if (e.shareEmotions !== undefined) item.shareEmotions = e.shareEmotions;
      if (e.shareDepth !== undefined) item.shareDepth = e.shareDepth;
      if (e.asksAdvice !== undefined) item.asksAdvice = e.asksAdvice;
      out.push(item);
    }
  }
  return out;
}

function fromOwn(c: CoachCase, group: string): LabelledCase {
  const item: LabelledCase = {
    id: c.id,
    group,
    share: c.share,
    notes: c.partnerNotes ?? [],
    pitfalls: c.expect.pitfalls,
    moves: c.expect.moves,
    emotionsComplete: false,
  };
  if (c.reply !== undefined) item.reply = c.reply;
  if (c.expect.level !== undefined) item.level = c.expect.level;
  if (c.expect.shareEmotions !== undefined) item.shareEmotions = c.expect.shareEmotions;
  if (c.expect.shareDepth !== undefined) item.shareDepth = c.expect.shareDepth;
  if (c.expect.asksAdvice !== undefined) item.asksAdvice = c.expect.asksAdvice;
  return item;
}

/** The project's own tuned cases (group "own"): trained on. */
export function loadOwn(): LabelledCase[] {
  return ALL_CASES.map((c) => fromOwn(c, "own"));
}

/** The project's own held-out cases (group "holdout"): measured only, never trained on. */
export function loadHoldout(): LabelledCase[] {
  return HOLDOUT_CASES.map((c) => fromOwn(c, "holdout"));
}

/** Everything the shipped model is fitted on: the training writers (TRAIN_WRITERS) and our own tuned cases. */
export function loadTraining(dir = corpusDir): LabelledCase[] {
  return [...TRAIN_WRITERS.flatMap((w) => loadWriter(w, dir)), ...loadOwn()];
}
