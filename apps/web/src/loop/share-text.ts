import type { CheckinView } from "@attune/shared";

/**
 * The text of a check-in as the coach reads it. Kept identical to the server's
 * `shareTextOf`, so the browser coach and the stored verdict see the same share.
 */
export function shareTextOf(c: Pick<CheckinView, "mindHeart" | "low" | "high">): string {
  return [c.mindHeart, c.low && `Low: ${c.low}`, c.high && `High: ${c.high}`].filter(Boolean).join("\n");
}
