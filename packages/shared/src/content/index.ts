import { DAILY_QUESTION_DATA } from "./daily-questions.ts";
import { MIND_HEART_PROMPT_DATA } from "./mind-heart-prompts.ts";
import { createPromptRotation, createQuestionRotation, type QuestionOptions } from "./rotation.ts";
import { dailyQuestionListSchema, mindHeartPromptListSchema, type DailyQuestion, type MindHeartPrompt } from "./schema.ts";

export {
  ASSUMPTIONS,
  CARE,
  CIRCUMSTANCES,
  QUESTION_SETS,
  type Care,
  type QuestionSet,
  DEPTHS,
  TOPICS,
  QUESTION_TEXT_MAX,
  dailyQuestionSchema,
  dailyQuestionListSchema,
  mindHeartPromptSchema,
  mindHeartPromptListSchema,
  type Assumption,
  type DailyQuestion,
  type Depth,
  type MindHeartPrompt,
  type Topic,
} from "./schema.ts";
export { FORTNIGHT_DEPTHS, FRESH_DAYS, depthOfDay, fitsCouple, type QuestionOptions, type ServedDay } from "./rotation.ts";

/** Every daily question, validated when this module loads (bad data fails fast). */
export const DAILY_QUESTIONS: readonly DailyQuestion[] = Object.freeze(dailyQuestionListSchema.parse(DAILY_QUESTION_DATA));
/** Every mind-and-heart prompt, validated when this module loads. */
export const MIND_HEART_PROMPTS: readonly MindHeartPrompt[] = Object.freeze(mindHeartPromptListSchema.parse(MIND_HEART_PROMPT_DATA));

const questionRotation = createQuestionRotation(DAILY_QUESTIONS);
const promptRotation = createPromptRotation(MIND_HEART_PROMPTS);

/**
 * The couple's question for a day. `dayIndex` is whole days since 1970-01-01, computed
 * by the caller from the local calendar date; `options.history` is what the couple was
 * served or answered. Deterministic for the same inputs; never serves a question within
 * FRESH_DAYS of serving it while a year's worth fit the couple; lighter early in the week,
 * deeper at the weekend. Without `options.context`, only questions that fit every couple.
 */
export function questionForDay(coupleSeed: string, dayIndex: number, options: QuestionOptions): DailyQuestion {
  return questionRotation(coupleSeed, dayIndex, options);
}

const questionsById = new Map(DAILY_QUESTIONS.map((q) => [q.id, q]));
const promptsById = new Map(MIND_HEART_PROMPTS.map((p) => [p.id, p]));

/** A question by id, retired ones included, e.g. the one an answer was given to. */
export function questionById(id: string): DailyQuestion | undefined {
  return questionsById.get(id);
}

/** A mind-and-heart prompt by id (check-ins store the id of the prompt they answered). */
export function promptById(id: string): MindHeartPrompt | undefined {
  return promptsById.get(id);
}

/** The mind-and-heart prompt for a day: a per-seed shuffle, no repeats within a full round. */
export function promptForDay(seed: string, dayIndex: number): MindHeartPrompt {
  return promptRotation(seed, dayIndex);
}
