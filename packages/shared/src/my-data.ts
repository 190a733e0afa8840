import { z } from "zod";
import { emotionsSchema, visibilitySchema } from "./checkins.ts";
import { accountRoleSchema } from "./roles.ts";
import { accessLogEntryView, grantEndReasonSchema, therapistScopeSchema } from "./therapist.ts";
import { pushPrefs } from "./push.ts";

/**
 * Everything that is a person's, as one JSON document (GET /api/me/export). Versioned, so
 * an import can refuse what it does not understand. What the partner shared with them is
 * in `sharedWithMe`, labelled with the partner's name; the partner's private things never are.
 */
export const EXPORT_FORMAT = "attune-export";
export const EXPORT_VERSION = 1;

export const EXPORT_README = [
  "This is everything Attune keeps that is yours: your account, check-ins, the replies you wrote, your daily answers, your partner-map notes, Readiness Test results, your words in guided repairs and Daily Temperature Readings, your practice history and your settings, including your notification choices and quiet hours (not your devices' push addresses and keys: those belong to each browser and mean nothing elsewhere).",
  'Your partner\'s private things are never in it. What your partner shared with you (their shared check-ins, their replies to you, their daily answers once you had both answered, and whether they felt heard) is under "sharedWithMe", with their name, as they shared it.',
  "Times are ISO 8601 in UTC. Importing this file into another Attune server brings your own check-ins, Readiness results, practice history and settings (notification choices included); replies, answers, notes, repairs and temperature readings belong to a couple and stay in this file for you to keep.",
].join(" ");

const iso = z.string();
const emotions = emotionsSchema;

export const myDataExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  readme: z.string(),
  account: z.object({ displayName: z.string(), email: z.string(), createdAt: iso, defaultVisibility: visibilitySchema, country: z.string().nullable() }),
  /** What I chose to hear about, my reminder time, quiet hours and time zone; null if never set (older exports lack it). */
  notifications: pushPrefs.nullable().default(null),
  couples: z.array(z.object({ partnerName: z.string(), from: iso, to: iso.nullable() })),
  checkins: z.array(
    z.object({
      id: z.string(),
      day: z.string(),
      emotions,
      high: z.string(),
      low: z.string(),
      mindHeart: z.string(),
      visibility: visibilitySchema,
      createdAt: iso,
      updatedAt: iso,
    }),
  ),
  replies: z.array(
    z.object({
      id: z.string(),
      to: z.enum(["checkin", "answer"]),
      toId: z.string(),
      body: z.string(),
      createdAt: iso,
      /** Whether the partner felt heard, and the note they added, as they shared it with you. */
      feedback: z.object({ heard: z.boolean(), note: z.string().nullable(), at: iso }).nullable(),
    }),
  ),
  answers: z.array(z.object({ id: z.string(), day: z.string(), question: z.string(), text: z.string(), createdAt: iso })),
  partnerMapNotes: z.array(
    z.object({
      id: z.string(),
      about: z.string(),
      category: z.string(),
      text: z.string(),
      visibility: z.enum(["private", "shown"]),
      response: z.object({ status: z.enum(["confirmed", "corrected"]), correction: z.string().nullable(), at: iso }).nullable(),
      createdAt: iso,
      updatedAt: iso,
    }),
  ),
  readiness: z.array(
    z.object({
      id: z.string(),
      takenAt: iso,
      version: z.number(),
      answers: z.record(z.string(), z.number()),
      result: z.unknown(),
      sharedWithPartner: z.boolean(),
    }),
  ),
  repairs: z.array(
    z.object({
      id: z.string(),
      startedAt: iso,
      mode: z.enum(["together", "apart"]),
      outcome: z.string(),
      /** Only your own words: your side, your reflections of your partner's side, your part and your apology. */
      myWords: z.object({
        telling: z.object({ happened: z.string(), feelingWords: z.string(), needed: z.string() }).nullable(),
        reflections: z.array(z.string()),
        clarifications: z.array(z.string()),
        ownPart: z.string().nullable(),
        apology: z.string().nullable(),
      }),
      agreement: z.string().nullable(),
    }),
  ),
  /** My words in Daily Temperature Readings (older exports lack it). */
  temperature: z.array(z.object({ readingId: z.string(), part: z.string(), text: z.string(), at: iso })).default([]),
  practice: z.object({
    favourites: z.array(z.string()),
    done: z.array(z.object({ itemId: z.string(), at: iso })),
    invitations: z.array(z.object({ itemId: z.string(), at: iso })),
  }),
  sharedWithMe: z.object({
    checkins: z.array(z.object({ from: z.string(), day: z.string(), emotions, high: z.string(), low: z.string(), mindHeart: z.string(), createdAt: iso })),
    replies: z.array(z.object({ from: z.string(), toMyCheckinOrAnswer: z.string(), body: z.string(), createdAt: iso })),
    answers: z.array(z.object({ from: z.string(), day: z.string(), question: z.string(), text: z.string() })),
  }),
  /**
   * Sharing with a therapist (issue 16; older exports lack it): a partner's grants with the
   * therapist's reads of each; a therapist's account, the couples who shared and their own reads.
   */
  therapistSharing: z
    .object({
      role: accountRoleSchema,
      practiceName: z.string().nullable(),
      grants: z.array(
        z.object({
          id: z.string(),
          therapistName: z.string().nullable(),
          askedScopes: z.array(therapistScopeSchema),
          endsOn: z.string().nullable(),
          createdAt: iso,
          ended: z.object({ at: iso, reason: grantEndReasonSchema }).nullable(),
          accessLog: z.array(accessLogEntryView),
        }),
      ),
      clients: z.array(z.object({ grantId: z.string(), coupleName: z.string(), since: iso, endedAt: iso.nullable(), accessLog: z.array(accessLogEntryView) })),
    })
    .optional(),
});
export type MyDataExport = z.infer<typeof myDataExport>;

/** Deleting the account needs the password again: nobody at an unlocked screen deletes it by accident. */
export const deleteAccountBody = z.object({ password: z.string().min(1, "Type your password to confirm.").max(200) });

/** What an import brought in, counted. */
export const importResult = z.object({
  checkins: z.number().int(),
  skippedCheckins: z.number().int(),
  readiness: z.number().int(),
  favourites: z.number().int(),
  done: z.number().int(),
  /** Whether notification choices came in (they do not turn on any device: each browser asks again). */
  notifications: z.boolean(),
});
export type ImportResult = z.infer<typeof importResult>;
