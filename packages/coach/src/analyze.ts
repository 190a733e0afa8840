/**
 * The coach's entry point. Pipeline (each stage a folder or file of its own):
 * read the share (`share.ts`) → normalise and segment the reply (`text/`) → scan the
 * pitfall and move tables (`lexicon/` data, `rules/scan.ts`) → apply context
 * (`rules/context.ts`, `rules/level-two.ts`) → score (`score.ts`) → suggest (`rewrite.ts`).
 */
import type { Analysis, AnalyzeInput, Finding, MoveId, PitfallId } from "./contract.ts";
import { MOVE_IDS, PITFALL_IDS } from "./contract.ts";
import { MOVE_WHY, MOVE_WHY_MORE, PITFALL_WHY, PITFALL_WHY_MORE } from "./lexicon/messages.ts";
import { seedOf } from "./rewrite/compose.ts";
import { models, type LearnedModels } from "./model/model.ts";
import { readWithRules } from "./model/pipeline.ts";
import { decideReply, replyProbabilities, REWRITE_PITFALL_LEAN, sentenceLogits, sentencePitfallRisk } from "./model/reply-model.ts";
import { readShareLearned } from "./model/share-model.ts";
import { composedAndChecked, feelingOf, suggestionFor } from "./rewrite.ts";
import { NO_OFFER, offerOf } from "./rewrite/offer.ts";
import type { RawFinding } from "./rules/index.ts";
import { epitomeOf, levelOf } from "./score.ts";

/** One of several phrasings, the same one for the same seed. */
function pick(options: readonly string[], seed: number): string {
  return options[(seed >>> 0) % options.length] ?? options[0] ?? "";
}

/**
 * Reads a share and, when given, a draft reply: the share's emotions, feeling words,
 * depth and whether it asks for advice; the reply's pitfalls and moves with spans
 * (UTF-16 offsets into `reply`), a warm one-line reason each, the empathy level,
 * EPITOME-style scores and a better whole reply. Pure, offline, never throws, time
 * linear in the input's length.
 *
 * @example
 * const a = analyze({
 *   share: "My manager tore apart my slides in front of everyone. I felt humiliated.",
 *   reply: "You should talk to HR about that.",
 * });
 * a.shareEmotions;   // e.g. ["sad"]
 * a.pitfalls;        // ["fixing"]
 * a.findings[0];     // { kind: "pitfall", id: "fixing", start: 0, end: 33, why: "A fix before…", suggestion: "Whenever you want, we can think about whether to talk to HR about that." }
 * a.level;           // 0
 * a.starter;         // "That sounds really hard — no wonder you feel humiliated." (a line of ours: a place to start, not a reply to send)
 *
 * @example
 * analyze({ share: "I got the job!!", reply: "Congrats!! So proud of you. How does it feel?" }).moves;
 * // ["exploration", "shared_joy"]
 */
export function analyze(input: AnalyzeInput): Analysis {
  return analyzeWith(input, models());
}

/**
 * {@link analyze} with given models: the training script measures a model fitted on
 * some writers against the others through exactly the path the app uses. With `null`,
 * the rules alone decide (the baseline the model is measured against, and what the
 * rule tests guard).
 */
export function analyzeWith(input: AnalyzeInput, learned: LearnedModels | null): Analysis {
  const { base, reply: read } = readReply(input, learned);
  if (read === null) return base;
  const { reply, share, reading, prepared, raw, forRewrite, risk } = read;
  const words = feelingOf(reading);
  // The "why" lines vary by reply, and stay the same for the same reply.
  const seed = seedOf(reply);
  const findings: Finding[] = raw.map((f) => {
    if (f.kind === "pitfall") {
      const suggestion = suggestionFor(f, prepared, words);
      const id = f.id as PitfallId;
      const out: Finding = { kind: "pitfall", id, start: f.start, end: f.end, why: f.why ?? pick([PITFALL_WHY[id], ...PITFALL_WHY_MORE[id]], seed + f.start) };
      if (suggestion !== undefined) out.suggestion = suggestion;
      return out;
    }
    const id = f.id as MoveId;
    return { kind: "move", id, start: f.start, end: f.end, why: f.why ?? pick([MOVE_WHY[id], ...MOVE_WHY_MORE[id]], seed + f.start) };
  });
  const found = new Set(raw.map((f) => f.id));
  const pitfalls = PITFALL_IDS.filter((id) => found.has(id));
  const moves = MOVE_IDS.filter((id) => found.has(id));
  return {
    ...base,
    pitfalls,
    moves,
    level: levelOf(pitfalls, moves),
    epitome: epitomeOf(raw, prepared.norm),
    findings,
    ...(lands(raw) ? NO_OFFER : offerOf(composedAndChecked(prepared, forRewrite, reading, share, risk()), reply, share)),
  };
}

/**
 * The reply the rewrite stage composes (and reads again), before the offer's policy decides
 * whether and as what it is shown (`rewrite/offer.ts`: a rewrite, a starter, or nothing). Its
 * wording and seams are tested on this; null when the reply lands or nothing would change.
 */
export function composedReply(input: AnalyzeInput, learned: LearnedModels | null = models()): string | null {
  const read = readReply(input, learned);
  if (read.reply === null || lands(read.reply.raw)) return null;
  const { prepared, forRewrite, reading, share, risk } = read.reply;
  return composedAndChecked(prepared, forRewrite, reading, share, risk())?.checked.text ?? null;
}

/**
 * No pitfall at the reported thresholds and something kind: the reply already lands, so nothing is
 * offered (the rewrite's lean only decides what a rewrite drops, never whether there is one — coach v5).
 */
function lands(raw: readonly RawFinding[]): boolean {
  return !raw.some((f) => f.kind === "pitfall") && raw.some((f) => f.kind === "move");
}

/** The share read, and the reply read by the rules and the models: everything the analysis and the rewrite start from. */
function readReply(input: AnalyzeInput, learned: LearnedModels | null) {
  const share = typeof input?.share === "string" ? input.share : "";
  const reply = typeof input?.reply === "string" ? input.reply : "";
  const notes = Array.isArray(input?.partnerNotes) ? input.partnerNotes.filter((n): n is string => typeof n === "string") : [];
  const reading = readShareLearned(share, learned?.share);
  const base: Analysis = {
    shareEmotions: reading.emotions,
    shareFeelingWords: reading.feelingWords,
    shareDepth: reading.depth,
    asksAdvice: reading.asksAdvice,
    depthNudge: reading.depthNudge,
    pitfalls: [],
    moves: [],
    level: 0,
    epitome: { emotionalReaction: 0, interpretation: 0, exploration: 0 },
    findings: [],
    rewrite: null,
    starter: null,
  };
  if (reply.trim().length === 0) return { base, reply: null };
  const ruled = readWithRules(share, reading, reply, notes);
  const { prepared } = ruled;
  let raw: RawFinding[] = ruled.rules;
  let forRewrite: RawFinding[] = raw;
  let risk = (): number[] => [];
  if (learned !== null) {
    // One reading of the model, two decisions: the labels, and what the rewrite drops.
    // Each sentence read alone, once: the second stage reads it, and so does the rewrite's risk.
    let sentences: Float64Array[] | undefined;
    const perSentence = (): Float64Array[] => {
      sentences ??= sentenceLogits(learned.reply, ruled.features);
      return sentences;
    };
    const p = replyProbabilities(learned, ruled.rules, ruled.features, perSentence);
    raw = decideReply(learned.reply, prepared, ruled.rules, ruled.features, 0, p);
    // The rewrite also drops a pitfall the model is nearly sure of (see REWRITE_PITFALL_LEAN); the labels do not change.
    forRewrite = decideReply(learned.reply, prepared, ruled.rules, ruled.features, REWRITE_PITFALL_LEAN, p, perSentence());
    // Each sentence's pitfall risk read alone: only the rewrite needs it, so it is read only then.
    risk = () => sentencePitfallRisk(learned.reply, perSentence());
  }
  return { base, reply: { reply, share, reading, prepared, raw, forRewrite, risk } };
}
