import { z } from "zod";

/** The warning signs (docs/insights.md): each shows only to the person it concerns. */
export const INSIGHT_SIGN_IDS = ["distance", "loneliness", "harshness", "imbalance"] as const;
export const insightSignIdSchema = z.enum(INSIGHT_SIGN_IDS);
export type InsightSignId = z.infer<typeof insightSignIdSchema>;

/** The two periods insights look back over. */
export const INSIGHT_PERIODS = [4, 12] as const;
export const insightsQuery = z.object({
  weeks: z
    .enum(["4", "12"])
    .default("4")
    .transform((w) => Number(w) as 4 | 12),
});

const rate = z.number().min(0).max(1).nullable();

export const emotionWeekView = z.object({
  /** Monday of the week, YYYY-MM-DD */
  weekStart: z.string(),
  checkins: z.number().int(),
  /** mean intensity 0–3 over the week's check-ins; null for a week without any */
  mad: z.number().nullable(),
  sad: z.number().nullable(),
  glad: z.number().nullable(),
  fear: z.number().nullable(),
});
export type EmotionWeekView = z.infer<typeof emotionWeekView>;

export const signView = z.object({
  id: insightSignIdSchema,
  title: z.string(),
  /** one kind sentence */
  message: z.string(),
  /** why it appeared, in plain words */
  why: z.array(z.string()),
  practices: z.array(z.object({ id: z.string(), title: z.string() })),
  /** for a sign that has lasted: a gentle pointer to couples therapy */
  therapy: z.string().nullable(),
  /** the first day of the current run, YYYY-MM-DD */
  since: z.string(),
});
export type SignView = z.infer<typeof signView>;

export const myInsightsView = z.object({
  weeks: z.number().int(),
  from: z.string(),
  to: z.string(),
  emotions: z.array(emotionWeekView),
  /** feeling words the coach found in my check-ins, most frequent first */
  themes: z.array(z.object({ word: z.string(), count: z.number().int() })),
  sharing: z.object({ checkins: z.number().int(), shared: z.number().int(), repliedTo: z.number().int() }),
  heard: z.object({ yes: z.number().int(), no: z.number().int(), rate }),
  listening: z.object({
    replies: z.number().int(),
    /** share of my replies the coach read at Level One or Two */
    levelOneOrTwo: rate,
    levelTwo: rate,
    topPitfalls: z.array(z.object({ id: z.string(), count: z.number().int() })),
    /** Level One or Two in my first 20 replies ever read (within the couple), for "since you started" */
    atStart: rate,
  }),
  signs: z.array(signView),
  muted: z.array(insightSignIdSchema),
});
export type MyInsightsView = z.infer<typeof myInsightsView>;

const side = z.object({ shared: z.number().int(), replied: z.number().int(), heardRate: rate });

export const ourInsightsView = z.object({
  optIn: z.object({ me: z.boolean(), partner: z.boolean() }),
  /** null until both partners said yes (and at once when either takes it back) */
  insights: z
    .object({
      weeks: z.number().int(),
      me: side,
      partner: side,
      /** median hours from a share to the first reply, both directions together */
      medianReplyHours: z.number().nullable(),
      practicesTogether: z.number().int(),
      repairsCompleted: z.number().int(),
    })
    .nullable(),
});
export type OurInsightsView = z.infer<typeof ourInsightsView>;

export const insightOptInBody = z.object({ on: z.boolean() });
export const insightMuteBody = z.object({ muted: z.boolean() });
export const insightSignParams = z.object({ sign: insightSignIdSchema });
