import type { Analysis, Finding } from "@attune/coach";
import { EMOTION_WORDS, MOVE_LABELS, PITFALL_LABELS } from "./labels.ts";

export const findingLabel = (f: Finding): string => (f.kind === "pitfall" ? PITFALL_LABELS[f.id] : MOVE_LABELS[f.id]);

/**
 * "anxious, sad" from the share's own feeling words (at most four, no repeats). Without
 * them it is the model's guess from the wording alone, so say less: the strongest core
 * emotion of a share that stays on events ("my terrible joke" is not fear), two of one
 * that speaks of its inside.
 */
export function feelingsOf(share: Analysis | null): string[] {
  if (!share) return [];
  if (share.shareFeelingWords.length > 0) return [...new Set(share.shareFeelingWords)].slice(0, 4);
  const guesses = [...new Set(share.shareEmotions.map((e) => EMOTION_WORDS[e]))];
  return guesses.slice(0, share.shareDepth === "surface" ? 1 : 2);
}

/** One calm sentence for screen readers about the current reading; "" when there is no draft. */
export function announce(reading: { analysis: Analysis } | null): string {
  if (!reading) return "";
  const { findings, rewrite, starter } = reading.analysis;
  const pitfalls = [...new Set(findings.filter((f) => f.kind === "pitfall").map(findingLabel))];
  const moves = [...new Set(findings.filter((f) => f.kind === "move").map(findingLabel))];
  const parts: string[] = [];
  if (pitfalls.length > 0)
    parts.push(`Coach: ${pitfalls.length === 1 ? "one thing" : `${pitfalls.length} things`} might get in the way: ${pitfalls.join(", ")}.`);
  if (moves.length > 0) parts.push(`Lands warmly: ${moves.join(", ")}.`);
  if (parts.length === 0) parts.push("Coach: nothing to point out.");
  if (rewrite) parts.push("Your words, trimmed, are ready.");
  else if (starter) parts.push("A place to start is ready.");
  return parts.join(" ");
}
