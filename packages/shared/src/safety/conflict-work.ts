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

export function needsSafetyCheck(item: Pick<LibraryItem, "id" | "kind" | "topics">): boolean {
  return item.kind === "repair_script" || item.topics.includes("conflict") || VULNERABILITY_WORK.has(item.id);
}
