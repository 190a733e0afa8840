import { z } from "zod";
import { daySchema } from "./checkins.ts";
import { ASSUMPTIONS, CARE } from "./content/schema.ts";

export const answerBody = z.object({
  day: daySchema,
  text: z.string().trim().min(1, "Write your answer first.").max(2000, "Keep this under 2000 characters."),
});

export const answerView = z.object({
  id: z.string(),
  authorId: z.string(),
  text: z.string(),
  createdAt: z.string(),
  replyCount: z.number().int(),
});

export const dailyQuestionView = z.object({
  day: z.string(),
  question: z.object({
    id: z.string(),
    text: z.string(),
    depth: z.string(),
    /** "if-you-like": shown with "Only if you'd like to". */
    care: z.enum(CARE).nullable(),
    /** A content note for a tender question, e.g. "About loss". */
    note: z.string().nullable(),
  }),
  linked: z.boolean(),
  myAnswer: answerView.nullable(),
  partnerAnswered: z.boolean(),
  /** Only once both have answered. */
  partnerAnswer: answerView.nullable(),
  revealed: z.boolean(),
  /** You let today's question pass. */
  skipped: z.boolean(),
  /** Your partner let it pass. */
  partnerSkipped: z.boolean(),
  /** How many more times today the two of you may swap it (0 once anyone answered). */
  swapsLeft: z.number().int().min(0),
});

export const dayBody = z.object({ day: daySchema });
export const skipBody = z.object({ day: daySchema, skip: z.boolean() });

/** What a person tells us so the daily question fits: sets and circumstances (never guessed), and a rough patch. */
export const questionSettingsBody = z.object({
  sets: z
    .array(z.enum(ASSUMPTIONS))
    .max(ASSUMPTIONS.length)
    .refine((a) => new Set(a).size === a.length, "Each set once."),
  roughPatch: z.boolean(),
});
export const questionSettingsView = questionSettingsBody.extend({
  /** On for the two of you: the sets you have both chosen. */
  active: z.array(z.enum(ASSUMPTIONS)),
});
export type QuestionSettingsView = z.infer<typeof questionSettingsView>;
export type DailyQuestionView = z.infer<typeof dailyQuestionView>;
