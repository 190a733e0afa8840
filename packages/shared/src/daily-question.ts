import { z } from "zod";
import { daySchema } from "./checkins.ts";

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
  question: z.object({ id: z.string(), text: z.string(), depth: z.string() }),
  linked: z.boolean(),
  myAnswer: answerView.nullable(),
  partnerAnswered: z.boolean(),
  /** Only once both have answered. */
  partnerAnswer: answerView.nullable(),
  revealed: z.boolean(),
});
export type DailyQuestionView = z.infer<typeof dailyQuestionView>;
