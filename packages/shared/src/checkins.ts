import { z } from "zod";
import { countryCodeSchema } from "./safety/resources.ts";

export const CORE_EMOTIONS = ["mad", "sad", "glad", "fear"] as const;
export type CoreEmotionName = (typeof CORE_EMOTIONS)[number];

/** 0 none, 1 a little, 2 quite a bit, 3 strongly. */
export const INTENSITY_LABELS = ["none", "a little", "quite a bit", "strongly"] as const;
export const intensitySchema = z.number().int().min(0).max(3);

export const VISIBILITIES = ["private", "shared"] as const;
export const visibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof visibilitySchema>;

/** A calendar day in the person's own time zone, YYYY-MM-DD. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-22.")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "That date does not exist.");

export const TEXT_MAX = 4000;

/**
 * The unread count looks at the newest this-many shared entries only, so it stays cheap
 * however long a couple's history grows; at the cap the app says "many".
 */
export const UNREAD_COUNT_CAP = 100;
const optionalText = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);

export const emotionsSchema = z.object({
  mad: intensitySchema,
  sad: intensitySchema,
  glad: intensitySchema,
  fear: intensitySchema,
});
export type Emotions = z.infer<typeof emotionsSchema>;

export const checkinBody = z.object({
  day: daySchema,
  emotions: emotionsSchema,
  high: optionalText(1000).default(""),
  low: optionalText(1000).default(""),
  promptId: z.string().max(20).nullable().default(null),
  mindHeart: optionalText(TEXT_MAX).default(""),
  visibility: visibilitySchema,
});
export type CheckinBody = z.infer<typeof checkinBody>;

export const checkinPatch = z
  .object({
    emotions: emotionsSchema,
    high: optionalText(1000),
    low: optionalText(1000),
    mindHeart: optionalText(TEXT_MAX),
    visibility: visibilitySchema,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, "Nothing to change.");
export type CheckinPatch = z.infer<typeof checkinPatch>;

export const personRef = z.object({ id: z.string(), displayName: z.string() });

export const checkinView = z.object({
  id: z.string(),
  author: personRef,
  mine: z.boolean(),
  day: z.string(),
  emotions: emotionsSchema,
  high: z.string(),
  low: z.string(),
  promptId: z.string().nullable(),
  promptText: z.string().nullable(),
  mindHeart: z.string(),
  visibility: visibilitySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  unread: z.boolean(),
  replyCount: z.number().int(),
});
export type CheckinView = z.infer<typeof checkinView>;

export const pageQuery = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const checkinPage = z.object({ items: z.array(checkinView), nextCursor: z.string().nullable() });
export type CheckinPage = z.infer<typeof checkinPage>;

export const replyBody = z.object({
  body: z.string().trim().min(1, "Write a few words first.").max(TEXT_MAX, `Keep this under ${TEXT_MAX} characters.`),
});

export const feedbackBody = z.object({
  heard: z.boolean(),
  note: z.string().trim().max(280, "Keep this under 280 characters.").optional(),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;

export const replyView = z.object({
  id: z.string(),
  author: personRef,
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
  coach: z.object({ level: z.number().int().min(0).max(2), pitfalls: z.array(z.string()), moves: z.array(z.string()) }).nullable(),
  feedback: z.object({ heard: z.boolean(), note: z.string().nullable(), at: z.string() }).nullable(),
});
export type ReplyView = z.infer<typeof replyView>;

export const prefsView = z.object({
  defaultVisibility: visibilitySchema,
  /** The country whose help services come first; null until the person confirms one. */
  country: countryCodeSchema.nullable(),
});
export const prefsPatch = z
  .object({ defaultVisibility: visibilitySchema.optional(), country: countryCodeSchema.nullable().optional() })
  .refine((p) => p.defaultVisibility !== undefined || p.country !== undefined, "Change at least one preference.");
export type PrefsView = z.infer<typeof prefsView>;

export const promptView = z.object({ id: z.string(), text: z.string() });

/**
 * The text of a check-in as the coach reads it, the same in the browser composer and on the
 * server (whose stored verdict must rest on the same share the replier saw).
 */
export function shareTextOf(c: { mindHeart: string; low: string; high: string }): string {
  return [c.mindHeart, c.low && `Low: ${c.low}`, c.high && `High: ${c.high}`].filter(Boolean).join("\n");
}
