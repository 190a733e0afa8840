import { z } from "zod";
import { READINESS_ITEMS } from "./items.ts";
import { READINESS_BANDS, SUBSCALE_IDS } from "./subscales.ts";

const answerValue = z
  .number({ error: "Choose a point from 1 to 5." })
  .int("Choose a point from 1 to 5.")
  .min(1, "Choose a point from 1 to 5.")
  .max(5, "Choose a point from 1 to 5.");

/**
 * A complete set of answers: every item id → 1..5. Every item is required (a partial
 * test would make subscale scores incomparable) and unknown ids are refused.
 */
export const answersBody = z.strictObject(Object.fromEntries(READINESS_ITEMS.map((item) => [item.id, answerValue])) as Record<string, typeof answerValue>);
export type ReadinessAnswers = Record<string, number>;

export const subscaleIdSchema = z.enum(SUBSCALE_IDS);
export const bandSchema = z.enum(READINESS_BANDS);

export const subscaleResultSchema = z.object({
  subscale: subscaleIdSchema,
  label: z.string(),
  /** 0 (every answer at the low end) to 100 (every answer at the high end), after reverse keying */
  score: z.number().int().min(0).max(100),
  band: bandSchema,
  meaning: z.string(),
});
export type SubscaleResult = z.infer<typeof subscaleResultSchema>;

/** What {@link scoreReadiness} computes from a set of answers. */
export const readinessResultSchema = z.object({
  version: z.number().int(),
  subscales: z.array(subscaleResultSchema),
  strongest: subscaleIdSchema,
  /** Null when no area stands out beyond measurement error: naming one would be a guess. */
  growth: z
    .object({
      subscale: subscaleIdSchema,
      exerciseIds: z.array(z.string()).length(3),
    })
    .nullable(),
});
export type ReadinessResult = z.infer<typeof readinessResultSchema>;

/** One stored attempt as the API presents it; retakes form a list of these. */
export const readinessResultView = readinessResultSchema.extend({
  id: z.string(),
  takenAt: z.string(),
  /** whether the author has chosen to show this result to their partner (never by default) */
  sharedWithPartner: z.boolean(),
});
export type ReadinessResultView = z.infer<typeof readinessResultView>;

export const readinessShareBody = z.object({ sharedWithPartner: z.boolean() });
