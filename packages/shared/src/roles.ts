import { z } from "zod";

/**
 * What kind of account a person has (issue 16). Kept apart from therapist.ts so the
 * account shapes (auth.ts, couple.ts) can use it without an import cycle; therapist.ts
 * re-exports it as part of the contract.
 */
export const ACCOUNT_ROLES = ["partner", "therapist"] as const;
export const accountRoleSchema = z.enum(ACCOUNT_ROLES);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const practiceNameSchema = z.string().trim().min(1, "Tell couples the name of your practice.").max(80, "Keep the practice name under 80 characters.");
