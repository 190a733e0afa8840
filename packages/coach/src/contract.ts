/**
 * The coach's public contract: canonical ids and the shape of an analysis. Shared by
 * the engine, the CLI, the web composer and the server (which keeps only level + ids).
 */
import type { CoreEmotion } from "./emotions/types.ts";

export type { CoreEmotion } from "./emotions/types.ts";

/** Pitfalls a reply can fall into (DOMAIN.md §2), in a fixed order. */
export const PITFALL_IDS = [
  "fixing",
  "i_understand",
  "hijacking",
  "problem_solving_question",
  "making_it_about_me",
  "minimizing",
  "blaming",
  "why_question",
  "defensiveness",
  "sympathy",
] as const;
export type PitfallId = (typeof PITFALL_IDS)[number];

/** Empathic moves a reply can make (DOMAIN.md §2–3), in a fixed order. */
export const MOVE_IDS = ["validation", "naming_feeling", "warmth", "exploration", "presence", "shared_joy", "level_two", "empathic_apology"] as const;
export type MoveId = (typeof MOVE_IDS)[number];

export type EmpathyLevel = 0 | 1 | 2;
export type EpitomeScore = 0 | 1 | 2;

/** What the coach reads: a share, optionally a draft reply and the replier's notes about the sharer. */
export interface AnalyzeInput {
  share: string;
  reply?: string;
  /** the replier's partner-map notes relevant to this share (Level Two context) */
  partnerNotes?: readonly string[];
}

/** One pitfall or move, with the span of the reply that shows it (UTF-16 offsets, end exclusive). */
export type Finding =
  | { kind: "pitfall"; id: PitfallId; start: number; end: number; why: string; suggestion?: string }
  | { kind: "move"; id: MoveId; start: number; end: number; why: string; suggestion?: string };

/** EPITOME-style communication scores (Sharma et al., 2020), each 0 (none), 1 (weak), 2 (strong). */
export interface Epitome {
  emotionalReaction: EpitomeScore;
  interpretation: EpitomeScore;
  exploration: EpitomeScore;
}

/**
 * The coach's reading. Without a reply, the reply fields are empty: no pitfalls, no
 * moves, level 0, zero scores, no findings, `rewrite` and `starter` null.
 */
export interface Analysis {
  /** core emotions of the share, strongest first */
  shareEmotions: CoreEmotion[];
  /** finer feeling words of the share, e.g. "overwhelmed", "lonely" */
  shareFeelingWords: string[];
  /** "surface": events only; "inner": the share opens feelings */
  shareDepth: "surface" | "inner";
  asksAdvice: boolean;
  /** a gentle one-line nudge for the sharer when the share stays on the surface, else null */
  depthNudge: string | null;
  pitfalls: PitfallId[];
  moves: MoveId[];
  level: EmpathyLevel;
  epitome: Epitome;
  findings: Finding[];
  /**
   * The reply with what might hurt taken out, in the replier's own words only (coach 10): ready to
   * send as it is. Null when there is no reply, nothing to improve, or their words cannot carry it alone.
   */
  rewrite: string | null;
  /**
   * When their own words cannot carry it: a place to start, with a line of the coach's, for the replier
   * to put in their own words. Never shown as a reply to send as it is; null whenever `rewrite` is not.
   */
  starter: string | null;
}

/** What the coach offers in place of the reply, whichever kind it is: the rewrite (their words), else a starter, else null. */
export function offered(a: Pick<Analysis, "rewrite" | "starter">): string | null {
  return a.rewrite ?? a.starter;
}
