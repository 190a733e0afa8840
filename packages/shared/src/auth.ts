import { z } from "zod";
import { accountRoleSchema, practiceNameSchema } from "./roles.ts";

/** Passwords: length only, no composition rules (NIST SP 800-63B). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z.string().trim().toLowerCase().max(254, "Email is too long.").pipe(z.email("Enter a valid email address."));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const displayNameSchema = z.string().trim().min(1, "Tell us what to call you.").max(60, "Keep your name under 60 characters.");

export const signupBody = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  /** "therapist" makes a professional account (issue 16); it needs a practice name. */
  role: accountRoleSchema.default("partner"),
  practiceName: practiceNameSchema.optional(),
});
export type SignupBody = z.infer<typeof signupBody>;

export const loginBody = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
});
export type LoginBody = z.infer<typeof loginBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  createdAt: z.string(),
  role: accountRoleSchema,
  /** A therapist's practice; null for partners. */
  practiceName: z.string().nullable(),
});
export type UserView = z.infer<typeof userView>;

export const sessionView = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

export const resetRequestBody = z.object({ email: emailSchema });
export type ResetRequestBody = z.infer<typeof resetRequestBody>;

/**
 * The same for every address (it never tells whether an account exists): "email" when
 * this server sends reset emails, "operator" when the person who runs it issues codes.
 */
export const resetRequestView = z.object({ delivery: z.enum(["email", "operator"]) });
export type ResetRequestView = z.infer<typeof resetRequestView>;

export const resetCompleteBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the code from your email or from the person who runs Attune.")
    .max(64, "That code is too long. Check it and try again."),
  newPassword: passwordSchema,
});
export type ResetCompleteBody = z.infer<typeof resetCompleteBody>;
