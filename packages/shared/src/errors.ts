import { z } from "zod";

/** Every API error has this shape, whatever the status. */
export const apiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiError>;

/** Error codes the API returns; the web app maps them to friendly text. */
export const ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "unauthenticated",
  "forbidden",
  /** A therapist account called a route for partners (issue 16). */
  "partners_only",
  /** A partner account called a route for therapists. */
  "therapists_only",
  "csrf_rejected",
  "not_found",
  "conflict",
  "email_taken",
  "invalid_credentials",
  "password_too_common",
  "already_in_couple",
  "invite_expired",
  "invite_own",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
