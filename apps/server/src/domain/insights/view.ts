import type { CoupleFacts } from "./facts.ts";

/**
 * What one person's insights may count: all of their own check-ins, and of their
 * partner's only those shared with them. The partner's private check-ins (even how many
 * there are) never shape what the person sees.
 */
export function viewFor(facts: CoupleFacts, person: string): CoupleFacts {
  return { ...facts, shares: facts.shares.filter((s) => s.authorId === person || s.shared) };
}
