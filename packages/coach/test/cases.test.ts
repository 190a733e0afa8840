/**
 * Table-driven test over our own labelled cases (test/cases/*.ts): runs `analyze` on
 * every case, prints per-label precision / recall / F1, and holds each label to a floor.
 *
 *   npx vitest run --project unit packages/coach/test/cases.test.ts
 *   COACH_CASES_VERBOSE=1 npx vitest run --project unit packages/coach/test/cases.test.ts   # also lists every miss
 *
 * The floors are what the engine reached at 712fcb1, rounded down to 0.05 (one step more
 * where a single case would cross the line), so a change that makes a label clearly
 * worse fails. The rules were tuned on these cases, so they are not the measure of
 * success: the external sets (scripts/eval-replies.ts) are.
 */
import { describe, expect, it } from "vitest";
import { MOVE_IDS, PITFALL_IDS, type MoveId, type PitfallId } from "../src/contract.ts";
import { analyze } from "../src/index.ts";
import { LabelCounter } from "../scripts/lib/metrics.ts";
import { ALL_CASES, HOLDOUT_CASES } from "./cases/index.ts";
import type { CoachCase } from "./cases/types.ts";

type Label = PitfallId | MoveId;
const LABELS: readonly Label[] = [...PITFALL_IDS, ...MOVE_IDS];

/**
 * Per-label F1 floors on our own cases. Raise these as the engine improves; never lower
 * one to make a change pass. Since issue 12 the learned model decides (trained on these
 * cases AND the writers' corpus, whose labels differ from ours on some conventions —
 * blaming, warmth, pressing questions), so these are in-sample figures of the model,
 * set at what it reached and rounded down to 0.05; the number to steer by is the
 * cross-writer one (`scripts/eval-coach.ts --lowo`, docs/coach.md).
 */
export const CASE_F1_FLOORS: Record<Label, number> = {
  fixing: 0.95,
  i_understand: 0.9,
  hijacking: 0.95,
  problem_solving_question: 0.85,
  making_it_about_me: 0.9,
  // Coach v6 fits three more writers (w6–w8), whose conventions for joy and reassurance
  // differ from ours; in-sample on our cases these fell to 0.947 and 0.900 while the
  // cross-writer pitfall macro-F1 rose 0.733 → 0.759 (mean of folds w1–w5) (docs/coach.md, "Coach v6 — labels").
  minimizing: 0.9,
  blaming: 0.8,
  why_question: 0.95,
  defensiveness: 0.9,
  sympathy: 0.95,
  validation: 0.95,
  naming_feeling: 0.95,
  warmth: 0.85,
  exploration: 0.95,
  presence: 0.95,
  shared_joy: 0.9,
  level_two: 0.95,
  empathic_apology: 0.9,
};

/** Floors for the share fields and the level (accuracy over the cases that state them). */
export const CASE_ACCURACY_FLOORS = {
  level: 0.95,
  shareDepth: 0.8,
  asksAdvice: 0.95,
  /** share of expected share emotions that are found */
  shareEmotionRecall: 0.9,
};

/**
 * Macro-F1 floor on the held-out cases (labels with support only). They show how far the
 * coach carries to phrasings it was not written or trained against (rules 0.75, learned
 * model 0.83 at issue 12); never tune on them.
 */
export const HOLDOUT_MACRO_F1_FLOOR = 0.8;

/** Every label needs at least this many positive cases to be measured meaningfully. */
const MIN_POSITIVES = 25;

interface Measured {
  labels: LabelCounter<Label>;
  level: { right: number; total: number };
  shareDepth: { right: number; total: number };
  asksAdvice: { right: number; total: number };
  emotions: { found: number; total: number };
  misses: string[];
}

function measure(list: readonly CoachCase[]): Measured {
  const m: Measured = {
    labels: new LabelCounter<Label>(LABELS),
    level: { right: 0, total: 0 },
    shareDepth: { right: 0, total: 0 },
    asksAdvice: { right: 0, total: 0 },
    emotions: { found: 0, total: 0 },
    misses: [],
  };
  for (const c of list) {
    const a = analyze({ share: c.share, reply: c.reply, partnerNotes: c.partnerNotes });
    const gold: Label[] = [...c.expect.pitfalls, ...c.expect.moves];
    const found: Label[] = [...a.pitfalls, ...a.moves];
    m.labels.add(gold, found);
    const missing = gold.filter((l) => !found.includes(l));
    const extra = found.filter((l) => !gold.includes(l));
    if (missing.length > 0 || extra.length > 0) {
      m.misses.push(`${c.id}: missing [${missing.join(", ")}] extra [${extra.join(", ")}] | ${c.reply ?? "(no reply)"}`);
    }
    if (c.expect.level !== undefined) {
      m.level.total++;
      if (a.level === c.expect.level) m.level.right++;
      else m.misses.push(`${c.id}: level ${a.level}, expected ${c.expect.level}`);
    }
    if (c.expect.shareDepth !== undefined) {
      m.shareDepth.total++;
      if (a.shareDepth === c.expect.shareDepth) m.shareDepth.right++;
      else m.misses.push(`${c.id}: shareDepth ${a.shareDepth}, expected ${c.expect.shareDepth} | ${c.share}`);
    }
    if (c.expect.asksAdvice !== undefined) {
      m.asksAdvice.total++;
      if (a.asksAdvice === c.expect.asksAdvice) m.asksAdvice.right++;
      else m.misses.push(`${c.id}: asksAdvice ${a.asksAdvice}, expected ${c.expect.asksAdvice} | ${c.share}`);
    }
    for (const e of c.expect.shareEmotions ?? []) {
      m.emotions.total++;
      if (a.shareEmotions.includes(e)) m.emotions.found++;
      else m.misses.push(`${c.id}: share emotion ${e} not found | ${c.share}`);
    }
  }
  return m;
}

const ratio = (x: { right: number; total: number }): number => (x.total === 0 ? 1 : x.right / x.total);

describe("our labelled cases", () => {
  it("have unique ids, a reply whenever a label is expected, and at least 25 positives per label", () => {
    const ids = [...ALL_CASES, ...HOLDOUT_CASES].map((c) => c.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(400);
    for (const c of ALL_CASES) {
      const labelled = c.expect.pitfalls.length + c.expect.moves.length > 0;
      if (labelled) expect(c.reply, c.id).toBeTruthy();
      // a label listed twice would be a typo in the case
      expect(new Set(c.expect.pitfalls).size, c.id).toBe(c.expect.pitfalls.length);
      expect(new Set(c.expect.moves).size, c.id).toBe(c.expect.moves.length);
      if (c.expect.moves.includes("level_two")) expect(c.partnerNotes?.length ?? 0, c.id).toBeGreaterThan(0);
    }
    const positives = new Map<Label, number>(LABELS.map((l) => [l, 0]));
    for (const c of ALL_CASES) for (const l of [...c.expect.pitfalls, ...c.expect.moves]) positives.set(l, (positives.get(l) ?? 0) + 1);
    const thin = [...positives].filter(([, n]) => n < MIN_POSITIVES);
    expect(thin).toEqual([]);
  });

  it("reach the per-label F1 floors (table printed)", () => {
    const m = measure(ALL_CASES);
    const lines = [
      m.labels.table(`coach on our ${ALL_CASES.length} labelled cases`),
      `level accuracy        ${ratio(m.level).toFixed(3)}  (${m.level.right}/${m.level.total})`,
      `shareDepth accuracy   ${ratio(m.shareDepth).toFixed(3)}  (${m.shareDepth.right}/${m.shareDepth.total})`,
      `asksAdvice accuracy   ${ratio(m.asksAdvice).toFixed(3)}  (${m.asksAdvice.right}/${m.asksAdvice.total})`,
      `share emotion recall  ${(m.emotions.total === 0 ? 1 : m.emotions.found / m.emotions.total).toFixed(3)}  (${m.emotions.found}/${m.emotions.total})`,
    ];
    console.log(lines.join("\n"));
    if (process.env.COACH_CASES_VERBOSE) console.log(`misses (${m.misses.length}):\n${m.misses.join("\n")}`);

    const below = LABELS.filter((l) => m.labels.scores(l).f1 < CASE_F1_FLOORS[l]).map(
      (l) => `${l}: F1 ${m.labels.scores(l).f1.toFixed(3)} < floor ${CASE_F1_FLOORS[l]}`,
    );
    expect(below).toEqual([]);
    expect(ratio(m.level)).toBeGreaterThanOrEqual(CASE_ACCURACY_FLOORS.level);
    expect(ratio(m.shareDepth)).toBeGreaterThanOrEqual(CASE_ACCURACY_FLOORS.shareDepth);
    expect(ratio(m.asksAdvice)).toBeGreaterThanOrEqual(CASE_ACCURACY_FLOORS.asksAdvice);
    expect(m.emotions.total === 0 ? 1 : m.emotions.found / m.emotions.total).toBeGreaterThanOrEqual(CASE_ACCURACY_FLOORS.shareEmotionRecall);
  });

  it("carry to the held-out cases (table printed, macro-F1 floor)", () => {
    const m = measure(HOLDOUT_CASES);
    const withSupport = LABELS.filter((l) => m.labels.scores(l).support > 0);
    const macro = withSupport.reduce((s, l) => s + m.labels.scores(l).f1, 0) / withSupport.length;
    console.log(
      [
        m.labels.table(`coach on ${HOLDOUT_CASES.length} held-out cases (not tuned on)`),
        `macro-F1 over ${withSupport.length} labels  ${macro.toFixed(3)}`,
        `level accuracy        ${ratio(m.level).toFixed(3)}  (${m.level.right}/${m.level.total})`,
      ].join("\n"),
    );
    if (process.env.COACH_CASES_VERBOSE) console.log(`held-out misses (${m.misses.length}):\n${m.misses.join("\n")}`);
    expect(withSupport.length).toBe(LABELS.length);
    expect(macro).toBeGreaterThanOrEqual(HOLDOUT_MACRO_F1_FLOOR);
  });
});
