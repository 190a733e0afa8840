/**
 * The learned reply reading. The rules (`rules/`) still find spans and reasons; the
 * model decides which labels the reply carries. A rule finding whose label the model
 * rejects is dropped (unless its pattern is marked sure); a label the model finds without a rule finding is pinned to the
 * sentence whose features speak for it most, so every finding keeps a highlight.
 */
import { MOVE_IDS, PITFALL_IDS, type MoveId, type PitfallId } from "../contract.ts";
import type { DecodedWeights } from "../emotions/codec.ts";
import { NOT_PINNED_ALONE } from "../lexicon/pitfalls.ts";
import type { PreparedText, RawFinding } from "../rules/scan.ts";
import type { ReplyFeatures } from "./features.ts";
import { evidence, logits, probabilities, type LearnedModels } from "./model.ts";
import { stackInputs, stackProbabilities } from "./stack.ts";

/** The reply model's outputs, in file order. */
export const REPLY_OUTPUTS: readonly (PitfallId | MoveId)[] = [...PITFALL_IDS, ...MOVE_IDS];

const PITFALLS: ReadonlySet<string> = new Set(PITFALL_IDS);

/**
 * How far the rewrite leans towards treating a likely pitfall as one, in logits: for
 * the rewrite only, a pitfall counts from p ≥ 1 / (1 + e^0.5) ≈ 0.38 instead of 0.5, so
 * a jab the model is unsure of is still dropped from the rewrite. The reported labels,
 * findings and level keep the tuned thresholds. Chosen by leave-one-writer-out over
 * w1–w5 (`scripts/eval-pitfall-lean.ts`, docs/coach.md "Coach v4"): replies with a
 * pitfall that get a rewrite 1111 → 1162 of 1246, kind replies without one that get a
 * rewrite 105 → 156 of 973.
 */
export const REWRITE_PITFALL_LEAN = 0.5;

/**
 * When a label's strongest sentence cannot carry it (`NOT_PINNED_ALONE`), another sentence takes it
 * only with at least this share of that evidence: "It's honestly pitiful what this year has done
 * to you" after "That's so sad." (about half) does; a question about flights (a twentieth) does not.
 */
const BARRED_FALLBACK = 0.3;

/**
 * The findings the model keeps or adds, in text order.
 *
 * @example
 * decideReply(models().reply, prepared, ruleFindings, features) // rule findings filtered, model-only labels added
 */
export function decideReply(
  model: DecodedWeights,
  prepared: Pick<PreparedText, "norm" | "sentences">,
  rules: readonly RawFinding[],
  features: ReplyFeatures,
  pitfallLean = 0,
  // the model's probabilities for this reply: `analyze` decides twice (labels, and the rewrite's lean) from one reading
  p: Float64Array = probabilities(model, features.all),
  // each sentence's logits read alone (`sentenceLogits`): where a pitfall only the lean counts may be pinned
  sentenceAlone?: readonly Float64Array[],
): RawFinding[] {
  const pitfallThreshold = 1 / (1 + Math.exp(pitfallLean));
  const out: RawFinding[] = [];
  const sentences = prepared.sentences;
  model.outputs.forEach((name, k) => {
    const id = name as PitfallId | MoveId;
    const ruled = rules.filter((f) => f.id === id);
    const kind = PITFALLS.has(id) ? "pitfall" : "move";
    if ((p[k] as number) < (kind === "pitfall" ? pitfallThreshold : 0.5)) {
      // A sure cue's finding stands whatever the model says (`PatternSpec.sure`).
      out.push(...ruled.filter((f) => f.sure === true));
      return;
    }
    const scores = features.bySentence.map((fs) => evidence(model, fs, k));
    const top = Math.max(...scores);
    // A sentence the model alone may not pin this label on (`NOT_PINNED_ALONE`) is never its strongest.
    const bar = NOT_PINNED_ALONE[id];
    const barred = bar === undefined ? null : sentences.map((span) => bar(prepared.norm.slice(span.start, span.end)));
    const topAllowed = barred === null ? top : Math.max(...scores.filter((_, si) => !barred[si]));
    const covered = new Set(ruled.map((f) => f.sentence));
    // A pitfall only the lean counts is pinned only on a sentence that reads as it alone past the lean
    // too: an unsure "defensiveness" is not put on "Uff, I'm sorry about the calves." (coach 10.15).
    const leanOnly = kind === "pitfall" && (p[k] as number) < 0.5 && sentenceAlone !== undefined;
    const carries = (si: number): boolean => !leanOnly || (sentenceAlone?.[si]?.[k] ?? 0) >= -pitfallLean;
    out.push(...ruled);
    scores.forEach((score, si) => {
      const span = sentences[si];
      if (span === undefined || covered.has(si)) return;
      // Without a rule finding, the label goes to the sentence that speaks for it most.
      // A pitfall also marks every other sentence that speaks for it about as strongly
      // ("You'd be mad not to. Ring them tomorrow."), so the rewrite drops all of it.
      // When the strongest sentence is barred, another takes the label only if it speaks for it clearly too.
      const strongest = ruled.length === 0 && score === topAllowed && (topAllowed === top || score >= BARRED_FALLBACK * top);
      const alsoPitfall = kind === "pitfall" && score > 0 && score >= 0.6 * top && top > 0;
      if ((strongest || alsoPitfall) && barred?.[si] !== true && carries(si)) out.push({ kind, id, start: span.start, end: span.end, sentence: si });
    });
  });
  // Findings of the rules with labels the model does not know (none today) stay.
  for (const f of rules) if (!model.outputs.includes(f.id)) out.push(f);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Per sentence, the highest pitfall probability the model gives it read alone (the
 * share's context flags plus the sentence's own features: {@link sentenceLogits}). The rewrite keeps a reply's
 * plain sentences ("In front of everyone, for something that wasn't even yours.") only
 * when this stays low, so a jab without a rule cue ("Kids don't just bite for nothing.")
 * still goes.
 *
 * @example
 * sentencePitfallRisk(models().reply, sentenceLogits(models().reply, features)) // [0.12, 0.81]
 */
export function sentencePitfallRisk(model: DecodedWeights, sentences: readonly Float64Array[]): number[] {
  const pitfallOutputs = model.outputs.map((name, k) => (PITFALLS.has(name) ? k : -1)).filter((k) => k >= 0);
  return sentences.map((z) => {
    let top = Number.NEGATIVE_INFINITY;
    for (const k of pitfallOutputs) top = Math.max(top, z[k] as number);
    return pitfallOutputs.length === 0 ? 0 : 1 / (1 + Math.exp(-top));
  });
}

/**
 * Each sentence's logits read alone with the share's context flags: what
 * {@link sentencePitfallRisk} and the second stage (`stack.ts`) read of each sentence.
 *
 * @example
 * sentenceLogits(models().reply, features) // [Float64Array(18), Float64Array(18)]
 */
export function sentenceLogits(model: DecodedWeights, features: Pick<ReplyFeatures, "all" | "bySentence">): Float64Array[] {
  const flags = features.all.filter((f) => f.startsWith("%"));
  return features.bySentence.map((fs) => logits(model, [...flags, ...fs]));
}

/**
 * The reply's probability per label: the second stage's when the file has one, else the linear model's.
 *
 * @example
 * replyProbabilities(models(), rules, features) // Float64Array, one per output
 */
export function replyProbabilities(
  learned: Pick<LearnedModels, "reply" | "stack">,
  rules: readonly RawFinding[],
  features: ReplyFeatures,
  // the sentences' logits, when the caller already has them (`analyze` reads them once for this and the rewrite's risk)
  sentences: () => readonly Float64Array[] = () => sentenceLogits(learned.reply, features),
): Float64Array {
  if (learned.stack === undefined) return probabilities(learned.reply, features.all);
  const x = stackInputs(learned.reply.outputs, logits(learned.reply, features.all), sentences(), rules, features);
  return stackProbabilities(learned.stack, x);
}
