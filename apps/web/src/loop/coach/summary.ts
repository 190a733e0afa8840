import type { Analysis, Finding } from "@attune/coach";
import { EMOTION_WORDS, MOVE_LABELS, PITFALL_LABELS } from "./labels.ts";

export const findingLabel = (f: Finding): string => (f.kind === "pitfall" ? PITFALL_LABELS[f.id] : MOVE_LABELS[f.id]);

/** "anxious, sad" from the share's feeling words, else its core emotions; at most four, no repeats. */
export function feelingsOf(share: Analysis | null): string[] {
  if (!share) return [];
  const words = share.shareFeelingWords.length > 0 ? share.shareFeelingWords : share.shareEmotions.map((e) => EMOTION_WORDS[e]);
  return [...new Set(words)].slice(0, 4);
}

/** One calm sentence for screen readers about the current reading; "" when there is no draft. */
export function announce(reading: { analysis: Analysis } | null): string {
  if (!reading) return "";
  const { findings, rewrite } = reading.analysis;
  const pitfalls = [...new Set(findings.filter((f) => f.kind === "pitfall").map(findingLabel))];
  const moves = [...new Set(findings.filter((f) => f.kind === "move").map(findingLabel))];
  const parts: string[] = [];
  if (pitfalls.length > 0) parts.push(`Coach: ${pitfalls.length === 1 ? "one thing" : `${pitfalls.length} things`} might get in the way: ${pitfalls.join(", ")}.`);
  if (moves.length > 0) parts.push(`Lands warmly: ${moves.join(", ")}.`);
  if (parts.length === 0) parts.push("Coach: nothing to point out.");
  if (rewrite) parts.push("A suggested reply is ready.");
  return parts.join(" ");
}
