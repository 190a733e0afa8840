/**
 * Stage 5: score. The empathy level of DOMAIN.md (0 none, 1 Level One moves, 2 Level
 * Two perspective-taking; each pitfall kind present pulls it down one step) and
 * EPITOME-style scores (Sharma et al., 2020) from the moves found.
 */
import type { EmpathyLevel, Epitome, EpitomeScore, MoveId, PitfallId } from "./contract.ts";
import { FEELING_QUESTION } from "./lexicon/moves.ts";
import type { RawFinding } from "./rules/index.ts";

/**
 * The level of a reply from its pitfall and move ids.
 *
 * @example
 * levelOf([], ["validation", "exploration"]) // 1
 * levelOf(["fixing"], ["validation"]) // 0
 */
export function levelOf(pitfalls: readonly PitfallId[], moves: readonly MoveId[]): EmpathyLevel {
  let level = moves.includes("level_two") ? 2 : moves.length > 0 ? 1 : 0;
  if (pitfalls.length > 0) level = Math.max(0, level - 1);
  return level as EmpathyLevel;
}

function clamp(n: number): EpitomeScore {
  return (n <= 0 ? 0 : n >= 2 ? 2 : 1) as EpitomeScore;
}

/**
 * EPITOME-style scores: emotional reaction (warmth, validation, shared joy, apology),
 * interpretation (naming the feeling, Level Two), exploration (open, feeling-focused
 * questions score 2, other questions 1).
 */
export function epitomeOf(findings: readonly RawFinding[], norm: string): Epitome {
  const moves = new Set(findings.filter((f) => f.kind === "move").map((f) => f.id));
  const reactions = ["warmth", "validation", "shared_joy", "empathic_apology"].filter((m) => moves.has(m as MoveId)).length;
  let interpretation = 0;
  if (moves.has("naming_feeling") || moves.has("validation")) interpretation = 1;
  if (moves.has("level_two") || (moves.has("naming_feeling") && moves.has("validation"))) interpretation = 2;
  let exploration = 0;
  for (const f of findings) {
    if (f.id !== "exploration") continue;
    exploration = Math.max(exploration, FEELING_QUESTION.test(norm.slice(f.start, f.end)) ? 2 : 1);
  }
  return { emotionalReaction: clamp(reactions), interpretation: clamp(interpretation), exploration: clamp(exploration) };
}
