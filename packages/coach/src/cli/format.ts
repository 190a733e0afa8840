/** Readable text for the interactive CLI: the analysis as a person would want to see it. */
import type { Analysis } from "../contract.ts";

const LABEL: Record<string, string> = {
  fixing: "fixing / advice",
  i_understand: '"I understand"',
  hijacking: "hijacking the spotlight",
  problem_solving_question: "problem-solving question",
  making_it_about_me: "making it about you",
  minimizing: "minimizing",
  blaming: "blaming",
  why_question: '"why" question',
  defensiveness: "defensiveness",
  sympathy: "sympathy instead of empathy",
  validation: "validation",
  naming_feeling: "naming the feeling",
  warmth: "warmth",
  exploration: "exploring",
  presence: "presence",
  shared_joy: "shared joy",
  level_two: "Level Two (their story)",
  empathic_apology: "empathic apology",
};

/** Formats an analysis of a share (and reply, when there was one) as plain text. */
export function formatAnalysis(a: Analysis, reply: string): string {
  const lines: string[] = [];
  const feelings = a.shareEmotions.length > 0 ? a.shareEmotions.join(", ") : "none clear";
  lines.push(`  Feelings in the share: ${feelings}${a.shareFeelingWords.length > 0 ? ` (${a.shareFeelingWords.join(", ")})` : ""}`);
  lines.push(`  Layer: ${a.shareDepth === "inner" ? "inner (feelings)" : "surface (events)"}${a.asksAdvice ? " · asks for advice" : ""}`);
  if (a.depthNudge !== null) lines.push(`  Nudge for the sharer: ${a.depthNudge}`);
  if (reply.trim().length === 0) return lines.join("\n");
  lines.push("");
  const good = a.findings.filter((f) => f.kind === "move");
  const bad = a.findings.filter((f) => f.kind === "pitfall");
  for (const f of good) lines.push(`  ✓ ${LABEL[f.id] ?? f.id}: "${reply.slice(f.start, f.end)}"\n      ${f.why}`);
  for (const f of bad) {
    lines.push(`  ✗ ${LABEL[f.id] ?? f.id}: "${reply.slice(f.start, f.end)}"\n      ${f.why}`);
    if (f.suggestion !== undefined) lines.push(`      Try: ${f.suggestion}`);
  }
  if (a.findings.length === 0) lines.push("  (no pitfalls or moves found)");
  const e = a.epitome;
  lines.push("", `  Level: ${a.level} · emotional reaction ${e.emotionalReaction}/2, interpretation ${e.interpretation}/2, exploration ${e.exploration}/2`);
  if (a.rewrite !== null) lines.push(`  Your words, without what might get in the way:\n    ${a.rewrite}`);
  else if (a.starter !== null) lines.push(`  A place to start, then say it your way:\n    ${a.starter}`);
  else lines.push(a.pitfalls.length === 0 ? "  Your reply already lands well." : "  The tips above are the place to start.");
  return lines.join("\n");
}
