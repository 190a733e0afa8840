import type { Analysis, AnalyzeInput, Finding, MoveId, PitfallId } from "./contract.ts";
import { detectEmotions } from "./emotions/index.ts";

// First version: share reading from the emotion model and a handful of reply patterns.
// The full rule engine (packages/coach/src/rules/) replaces the patterns below.
const PATTERNS: { kind: Finding["kind"]; id: PitfallId | MoveId; re: RegExp; why: string }[] = [
  { kind: "pitfall", id: "fixing", re: /\byou (should|need to|could just)\b[^.!?]*/gi, why: "Advice before they feel heard can land as 'stop feeling this'." },
  { kind: "pitfall", id: "i_understand", re: /\bi (totally |completely )?understand\b/gi, why: "Saying you understand claims it; showing it lands better." },
  { kind: "move", id: "validation", re: /\bthat (sounds|must be|makes sense)[^.!?]*/gi, why: "You tell them their feeling makes sense." },
  { kind: "move", id: "exploration", re: /\b(what|how) (was|is|did|does|do|felt|feels)[^?]*\?/gi, why: "An open question invites them to say more." },
];

/** Reads a share and, when given, a draft reply. Never throws. */
export function analyze(input: AnalyzeInput): Analysis {
  const share = typeof input.share === "string" ? input.share : "";
  const reply = typeof input.reply === "string" ? input.reply : "";
  const emotions = detectEmotions(share);
  const findings: Finding[] = [];
  for (const p of PATTERNS) {
    for (const m of reply.matchAll(p.re)) {
      const start = m.index ?? 0;
      findings.push({ kind: p.kind, id: p.id, start, end: start + m[0].length, why: p.why } as Finding);
    }
  }
  const pitfalls = [...new Set(findings.filter((f) => f.kind === "pitfall").map((f) => f.id as PitfallId))];
  const moves = [...new Set(findings.filter((f) => f.kind === "move").map((f) => f.id as MoveId))];
  const inner = emotions.words.length > 0 || emotions.emotions.length > 0;
  return {
    shareEmotions: emotions.emotions.map((e) => e.emotion),
    shareFeelingWords: emotions.words,
    shareDepth: inner ? "inner" : "surface",
    asksAdvice: /\b(what should i|any (advice|ideas)|what would you do)\b/i.test(share),
    depthNudge: inner ? null : "You've said what happened — how did it feel?",
    pitfalls,
    moves,
    level: moves.length > 0 && pitfalls.length === 0 ? 1 : 0,
    epitome: { emotionalReaction: moves.includes("validation") ? 1 : 0, interpretation: 0, exploration: moves.includes("exploration") ? 1 : 0 },
    findings,
    rewrite: null,
  };
}
