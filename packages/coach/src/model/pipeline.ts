/**
 * The rule stages and the feature stage in one call, shared by `analyze` and the
 * training script, so the model is fitted on exactly what it meets at runtime.
 */
import { findAll, type PreparedText, type RawFinding } from "../rules/index.ts";
import type { ShareReading } from "../share.ts";
import { replyFeatures, type ReplyFeatures } from "./features.ts";

/** Everything the learned reply model needs, before its verdict. */
export interface RuleReading {
  share: ShareReading;
  prepared: PreparedText;
  rules: RawFinding[];
  features: ReplyFeatures;
}

/**
 * Scans the reply with the rules, given the share's reading (`readShareLearned`), and
 * computes the reply's features.
 *
 * @example
 * readWithRules("I got the job!", readShareLearned("I got the job!", models().share), "omg congrats", []).rules
 * // [{ id: "shared_joy", … }]
 */
export function readWithRules(share: string, reading: ShareReading, reply: string, notes: readonly string[]): RuleReading {
  const { prepared, findings } = findAll(reply, share, reading, notes);
  const features = replyFeatures(prepared.norm, prepared.sentences, findings, reading, notes);
  return { share: reading, prepared, rules: findings, features };
}
