import { z } from "zod";

/**
 * Warm moments: a calm word when something first happens between two people — they link,
 * someone checks in for the first time, both answer today's question for the first time.
 * Each is shown to a person once (remembered on the server, so another device does not
 * repeat it). Never a streak, a count or a score, and never anyone's words.
 */
export const MOMENT_KINDS = ["linked", "first_checkin", "both_answered"] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export const momentView = z.object({
  kind: z.enum(MOMENT_KINDS),
  /** The partner's first name, for the moments that are about the two of you. */
  partnerName: z.string().nullable(),
});
export type MomentView = z.infer<typeof momentView>;
export const momentsView = z.object({ moments: z.array(momentView) });
export type MomentsView = z.infer<typeof momentsView>;

export const momentSeenBody = z.object({ kind: z.enum(MOMENT_KINDS) });

/** The words of each moment, in one place. */
export function momentCopy(m: MomentView): { title: string; body: string } {
  const partner = m.partnerName ?? "your partner";
  switch (m.kind) {
    case "linked":
      return {
        title: "You two are linked",
        body: `You and ${partner} are together in Attune now. What you choose to share, you share with each other — gently, at your own pace.`,
      };
    case "first_checkin":
      return { title: "Your first check-in", body: "Taking a moment to notice how you feel is a kind thing to do — for you, and for the two of you." };
    case "both_answered":
      return {
        title: "A first for you two",
        body: `You and ${partner} both answered today's question for the first time. Read each other slowly; there's no rush.`,
      };
  }
}
