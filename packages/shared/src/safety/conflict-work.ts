import type { LibraryItem } from "../library/schema.ts";

/**
 * Practices that ask a person to work on conflict with their partner, to hand over a map
 * of their vulnerabilities, or to take on the partner's account of a fight. For someone
 * who is afraid of their partner these can train appeasement or give a partner leverage,
 * so each one starts with the same private safety check as guided repair.
 */
const VULNERABILITY_WORK: ReadonlySet<string> = new Set([
  "understanding-their-anger",
  "what-sets-off-my-alarm",
  "sharing-a-sore-spot",
  "tell-it-from-their-side",
]);

/**
 * Reassurance exercises ask a worried person to bring the worry to their partner
 * ("Turn a fear into a request"). When the fear is of the partner, that is the wrong
 * advice, so they start with the same private check, which asks exactly that. The
 * recommender sends persistently high fear their way, so the check is what it meets first.
 */
export const isReassuranceWork = (item: Pick<LibraryItem, "kind" | "topics">): boolean => item.kind === "exercise" && item.topics.includes("reassurance");

export function needsSafetyCheck(item: Pick<LibraryItem, "id" | "kind" | "topics">): boolean {
  return item.kind === "repair_script" || item.topics.includes("conflict") || VULNERABILITY_WORK.has(item.id) || isReassuranceWork(item);
}
