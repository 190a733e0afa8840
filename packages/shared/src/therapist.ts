import { z } from "zod";
import { inviteCodeSchema } from "./couple.ts";
import { subscaleIdSchema } from "./readiness/schema.ts";

/**
 * Sharing with a therapist the couple controls (issue 16). The contract both apps build on:
 * the server serves exactly these shapes and the browser reads them.
 *
 * A grant ties one couple to one therapist. It is *active* only while both partners have
 * consented to its current scopes, a therapist has joined with its code, nobody revoked it,
 * the couple still exists and its end date has not passed. Private check-ins, partner-map
 * notes and private insights are never in any scope.
 */

/** What a couple can grant; each is a separate choice per grant. */
export const THERAPIST_SCOPES = ["readiness", "our_insights", "shared_checkins", "daily_answers", "repairs", "coach_levels"] as const;
export const therapistScopeSchema = z.enum(THERAPIST_SCOPES);
export type TherapistScope = z.infer<typeof therapistScopeSchema>;

/** The words both apps show for each scope (one source for screens, docs and tests). */
export const THERAPIST_SCOPE_TEXT: Record<TherapistScope, { title: string; what: string }> = {
  readiness: {
    title: "Readiness Test results",
    what: "Only the results each of you chose to share with your partner: subscale scores and how they changed.",
  },
  our_insights: {
    title: "Our insights",
    what: 'The "us" insights you both opted into: balance of sharing, felt-heard rates, practices, repairs completed.',
  },
  shared_checkins: {
    title: "Shared check-ins",
    what: "Check-ins you shared with each other, with their replies. Private check-ins are never included.",
  },
  daily_answers: {
    title: "Daily question answers",
    what: "Answers to the daily question that both of you revealed.",
  },
  repairs: {
    title: "Repair summaries",
    what: "The agreement you reached and the steps completed — not what either of you wrote on the way.",
  },
  coach_levels: {
    title: "Listening over time",
    what: "How often replies reached Level One or Two each week, for each of you. No words, only counts.",
  },
};

/** Never shared, whatever the scopes (stated on every consent screen). */
export const NEVER_SHARED_WITH_THERAPIST = [
  "Private check-ins",
  "Partner-map notes",
  "Private insights and warning signs",
  "Anything from before you linked as a couple",
] as const;

export const therapistScopesSchema = z
  .array(therapistScopeSchema)
  .min(1, "Choose at least one thing to share.")
  .transform((scopes) => [...new Set(scopes)]);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.");

// ── Accounts ───────────────────────────────────────────────────────────────────────────

// Defined in roles.ts (auth.ts and couple.ts use them too); part of this contract.
export { ACCOUNT_ROLES, accountRoleSchema, practiceNameSchema, type AccountRole } from "./roles.ts";

/** Shown wherever a therapist's name appears: Attune does not check credentials. */
export const THERAPIST_NOT_VERIFIED = "Attune does not verify therapists' credentials. Share only with someone you already know and trust.";

// ── The couple's side ──────────────────────────────────────────────────────────────────

/** POST /api/therapist-grants: one partner invites a therapist; their own consent is given by asking. */
export const createTherapistGrantBody = z.object({
  scopes: therapistScopesSchema,
  /** Optional last day of access (inclusive, the couple's days). */
  endsOn: isoDay.nullable().default(null),
});
export type CreateTherapistGrantBody = z.infer<typeof createTherapistGrantBody>;

/** POST /api/therapist-grants/:id/consent: the other partner agrees to exactly these scopes. */
export const consentTherapistGrantBody = z.object({ scopes: therapistScopesSchema });

/**
 * PUT /api/therapist-grants/:id/scopes: narrowing takes effect at once for both; adding a
 * scope needs the other partner's consent again (the grant waits until they give it).
 */
export const changeTherapistScopesBody = z.object({ scopes: therapistScopesSchema });

export const GRANT_END_REASONS = ["revoked", "unlinked", "expired", "therapist_left", "partner_left"] as const;
export const grantEndReasonSchema = z.enum(GRANT_END_REASONS);
export type GrantEndReason = z.infer<typeof grantEndReasonSchema>;

export const GRANT_STATES = ["waiting_for_therapist", "waiting_for_consent", "active", "ended"] as const;
export const grantStateSchema = z.enum(GRANT_STATES);
export type GrantState = z.infer<typeof grantStateSchema>;

/** A grant as a partner sees it. */
export const therapistGrantView = z.object({
  id: z.string(),
  state: grantStateSchema,
  scopes: z.array(therapistScopeSchema),
  /** Scopes asked for but not yet consented to by both (after one partner added some). */
  pendingScopes: z.array(therapistScopeSchema),
  therapist: z.object({ displayName: z.string(), practiceName: z.string() }).nullable(),
  /** Shown to the partners only, until a therapist joins; null once used or ended. */
  invite: z.object({ code: z.string(), link: z.string(), expiresAt: z.string() }).nullable(),
  invitedBy: z.enum(["me", "partner"]),
  consent: z.object({ me: z.boolean(), partner: z.boolean() }),
  endsOn: isoDay.nullable(),
  createdAt: z.string(),
  ended: z.object({ at: z.string(), reason: grantEndReasonSchema, byMe: z.boolean() }).nullable(),
});
export type TherapistGrantView = z.infer<typeof therapistGrantView>;

export const therapistGrantList = z.object({ grants: z.array(therapistGrantView) });

/** POST/DELETE /api/therapist-grants/:id/exclusions: hide one entry from the therapist after the fact. */
export const EXCLUDABLE_KINDS = ["checkin", "daily_answer", "repair", "readiness_result"] as const;
export const excludableKindSchema = z.enum(EXCLUDABLE_KINDS);
export type ExcludableKind = z.infer<typeof excludableKindSchema>;
export const exclusionBody = z.object({ kind: excludableKindSchema, entryId: z.string().min(1).max(64) });
export const exclusionView = z.object({
  kind: excludableKindSchema,
  entryId: z.string(),
  byMe: z.boolean(),
  at: z.string(),
});
export const exclusionList = z.object({ exclusions: z.array(exclusionView) });

/** GET /api/therapist-grants/:id/access-log (both partners) and /api/therapist/clients/:id/access-log (the therapist). */
export const ACCESS_WHAT = ["summary", "summary_json", ...THERAPIST_SCOPES] as const;
export type AccessWhat = (typeof ACCESS_WHAT)[number];
export const accessLogEntryView = z.object({
  id: z.string(),
  at: z.string(),
  what: z.enum(ACCESS_WHAT),
  /** The date range asked for, when there was one. */
  from: isoDay.nullable(),
  to: isoDay.nullable(),
});
export const accessLogView = z.object({ entries: z.array(accessLogEntryView), nextCursor: z.string().nullable() });

// ── The therapist's side ───────────────────────────────────────────────────────────────

/** POST /api/therapist/join: a therapist uses a couple's code. */
export const joinTherapistGrantBody = z.object({ code: inviteCodeSchema });

/** A couple as their therapist sees them: names, state and scopes; once ended, only that it ended. */
export const therapistClientView = z.object({
  grantId: z.string(),
  /** First names as the partners chose them, e.g. "Ana & Ben". */
  coupleName: z.string(),
  state: grantStateSchema,
  scopes: z.array(therapistScopeSchema),
  since: z.string(),
  endsOn: isoDay.nullable(),
  /** Only "access ended", never why, beyond the therapist's own leaving. */
  endedAt: z.string().nullable(),
});
export type TherapistClientView = z.infer<typeof therapistClientView>;
export const therapistClientList = z.object({ clients: z.array(therapistClientView) });

/** ?from&to on the summary (both inclusive, at most a year). */
export const summaryRangeQuery = z.object({ from: isoDay, to: isoDay });

const rate = z.number().min(0).max(1).nullable();
const person = z.object({ id: z.string(), displayName: z.string() });

/**
 * The session summary (JSON, and the print view's data). A section is null when its scope is
 * not granted; entries a partner excluded are absent.
 */
export const therapistSummaryView = z.object({
  grantId: z.string(),
  coupleName: z.string(),
  partners: z.tuple([person, person]),
  from: isoDay,
  to: isoDay,
  generatedAt: z.string(),
  scopes: z.array(therapistScopeSchema),
  /** Weekly mean intensity 0–3 per partner, from shared check-ins only. */
  emotions: z
    .array(
      z.object({
        personId: z.string(),
        weeks: z.array(
          z.object({
            weekStart: isoDay,
            checkins: z.number().int(),
            mad: z.number().nullable(),
            sad: z.number().nullable(),
            glad: z.number().nullable(),
            fear: z.number().nullable(),
          }),
        ),
      }),
    )
    .nullable(),
  sharedCheckins: z
    .array(
      z.object({
        id: z.string(),
        authorId: z.string(),
        day: isoDay,
        emotions: z.object({ mad: z.number(), sad: z.number(), glad: z.number(), fear: z.number() }),
        text: z.string(),
        replies: z.array(z.object({ authorId: z.string(), body: z.string(), at: z.string(), heard: z.boolean().nullable() })),
      }),
    )
    .nullable(),
  /** "Our" insights over the range (only when both opted in to our insights). */
  ourInsights: z
    .object({
      shares: z.record(z.string(), z.number().int()),
      replies: z.record(z.string(), z.number().int()),
      feltHeardRate: z.record(z.string(), rate),
      practicesTogether: z.number().int(),
      repairsCompleted: z.number().int(),
    })
    .nullable(),
  dailyAnswers: z
    .array(z.object({ day: isoDay, question: z.string(), answers: z.array(z.object({ id: z.string(), authorId: z.string(), text: z.string() })) }))
    .nullable(),
  readiness: z
    .array(
      z.object({
        personId: z.string(),
        results: z.array(
          z.object({
            id: z.string(),
            takenAt: z.string(),
            subscales: z.array(z.object({ subscale: subscaleIdSchema, score: z.number(), change: z.number().nullable() })),
          }),
        ),
      }),
    )
    .nullable(),
  repairs: z
    .array(
      z.object({
        id: z.string(),
        startedAt: z.string(),
        finishedAt: z.string().nullable(),
        stepsReached: z.array(z.string()),
        agreement: z.string().nullable(),
      }),
    )
    .nullable(),
  coachLevels: z
    .array(
      z.object({
        personId: z.string(),
        weeks: z.array(z.object({ weekStart: isoDay, replies: z.number().int(), levelOneOrTwo: rate, levelTwo: rate })),
      }),
    )
    .nullable(),
});
export type TherapistSummaryView = z.infer<typeof therapistSummaryView>;

/** The live event a therapist's open app hears when any of their grants changes (ids only). */
export const THERAPIST_EVENT = "therapist-grant" as const;
