import { z } from "zod";
import { userView } from "./auth.ts";

/** Invite codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const INVITE_CODE_LENGTH = 8;
export const INVITE_TTL_HOURS = 48;

export const inviteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .length(INVITE_CODE_LENGTH, `An invite code has ${INVITE_CODE_LENGTH} characters.`)
      .regex(new RegExp(`^[${INVITE_ALPHABET}]+$`), "That does not look like an invite code."),
  );

export const inviteView = z.object({
  code: z.string(),
  link: z.string(),
  expiresAt: z.string(),
});
export type InviteView = z.infer<typeof inviteView>;

export const invitePreview = z.object({
  code: z.string(),
  inviterName: z.string(),
  expiresAt: z.string(),
});
export type InvitePreview = z.infer<typeof invitePreview>;

export const partnerView = z.object({
  id: z.string(),
  displayName: z.string(),
});

export const coupleView = z.object({
  id: z.string(),
  since: z.string(),
  partner: partnerView,
});
export type CoupleView = z.infer<typeof coupleView>;

export const meView = z.object({
  user: userView,
  couple: coupleView.nullable(),
  pendingInvite: inviteView.nullable(),
});
export type MeView = z.infer<typeof meView>;
