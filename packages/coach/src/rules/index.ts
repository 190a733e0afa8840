/**
 * The reply rules in order: scan the pitfall and move tables, add Level Two from the
 * partner notes, then resolve context. One entry point for `analyze`.
 */
import { MOVE_PATTERNS } from "../lexicon/moves.ts";
import { PITFALL_PATTERNS } from "../lexicon/pitfalls.ts";
import type { ShareReading } from "../share.ts";
import { applyContext } from "./context.ts";
import { noteFindings } from "./level-two.ts";
import { prepare, scan, type PreparedText, type RawFinding } from "./scan.ts";

export type { PreparedText, RawFinding } from "./scan.ts";

/** All findings of a reply, context applied, in text order. */
export function findAll(reply: string, shareText: string, share: ShareReading, notes: readonly string[]): { prepared: PreparedText; findings: RawFinding[] } {
  const prepared = prepare(reply);
  const raw = [...scan(prepared, "pitfall", PITFALL_PATTERNS), ...scan(prepared, "move", MOVE_PATTERNS), ...noteFindings(prepared, shareText, notes)];
  return { prepared, findings: applyContext(raw, share, prepared.norm, prepared.sentences, shareText) };
}
