import { z } from "zod";

/** How much a question asks of the two people answering it. */
export const DEPTHS = ["light", "medium", "deep"] as const;
export type Depth = (typeof DEPTHS)[number];

/** A small, fixed set of topics; add one only with a docs/content.md update. */
export const TOPICS = [
  "memories",
  "everyday",
  "us",
  "dreams",
  "feelings",
  "family",
  "friends",
  "work",
  "growth",
  "play",
  "body-and-rest",
  "values",
  "appreciation",
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Life circumstances a question takes for granted. Never guessed: a couple tells us.
 */
export const CIRCUMSTANCES = ["living-together", "marriage"] as const;
/**
 * Themed sets a couple opts into (each partner chooses; a set is on when both have).
 * Some are tender (desire, grief), some only fit some lives (parenting, long distance).
 */
export const QUESTION_SETS = ["intimacy", "money", "parenting", "household", "long-distance", "grief-and-illness"] as const;
export type QuestionSet = (typeof QUESTION_SETS)[number];
/**
 * Every tag a question can carry in `assumes`. Untagged questions fit every couple; a
 * tagged one is only served to a couple whose context includes every tag it carries.
 */
export const ASSUMPTIONS = [...CIRCUMSTANCES, ...QUESTION_SETS] as const;
export type Assumption = (typeof ASSUMPTIONS)[number];

/**
 * Questions that need care in the moment:
 * - "hard": asks, in writing, for a complaint or a vulnerability about the partner
 *   (complaints belong in the weekly ritual's structured step); held back on a rough patch.
 * - "if-you-like": can touch old pain (childhood, loss); shown with "only if you'd like
 *   to" and never served on a rough patch.
 */
export const CARE = ["hard", "if-you-like"] as const;
export type Care = (typeof CARE)[number];

export const QUESTION_TEXT_MAX = 140;

const questionText = z
  .string()
  .min(10, "Too short to be a question.")
  .max(QUESTION_TEXT_MAX, `Keep it to ${QUESTION_TEXT_MAX} characters.`)
  .refine((t) => t === t.trim() && !/\s{2}/.test(t), "No leading, trailing or doubled spaces.")
  .refine((t) => t.endsWith("?"), "End with a question mark.")
  .refine((t) => /^[A-Z"]/.test(t), "Start with a capital letter.")
  .refine((t) => !/[‘’“”]/.test(t), "Use straight quotes and apostrophes.");

const retiredSchema = z.strictObject({
  mergedInto: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  why: z.string().min(5).max(120),
});

export const dailyQuestionSchema = z.strictObject({
  id: z.string().regex(/^dq-\d{3,}$/, 'Ids look like "dq-001".'),
  text: questionText,
  depth: z.enum(DEPTHS),
  topic: z.enum(TOPICS),
  assumes: z
    .array(z.enum(ASSUMPTIONS))
    .min(1, "Leave `assumes` out rather than empty.")
    .refine((a) => new Set(a).size === a.length, "Each assumption once.")
    .optional(),
  care: z.enum(CARE).optional(),
  /** A short content note shown above a tender question, e.g. "About loss". */
  note: z.string().min(3).max(60).optional(),
  /**
   * Retired: never served again, but kept (never deleted or reused) so an answer given to
   * it still shows its question. `mergedInto` names the question that carries the idea on.
   */
  retired: retiredSchema.optional(),
});
export type DailyQuestion = z.infer<typeof dailyQuestionSchema>;
/** What a data file holds (the same shape; the name says it is not yet validated). */
export type DailyQuestionInput = z.input<typeof dailyQuestionSchema>;

export const mindHeartPromptSchema = z.strictObject({
  id: z
    .string()
    .regex(/^mh-\d{2,}$/, 'Ids look like "mh-01".')
    .max(20),
  text: questionText,
  /** Retired prompts stay so a check-in keeps its prompt; they are never served. */
  retired: retiredSchema.optional(),
});
export type MindHeartPrompt = z.infer<typeof mindHeartPromptSchema>;
export type MindHeartPromptInput = z.input<typeof mindHeartPromptSchema>;

/** Lower-case word set used to spot the same question written twice. */
export function tokenSet(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return new Set(words);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Texts at or above this token-set similarity count as the same question twice. */
export const NEAR_DUPLICATE = 0.8;

function uniqueList<T extends { id: string; text: string }>(item: z.ZodType<T>) {
  return z.array(item).superRefine((items, ctx) => {
    const ids = new Map<string, number>();
    const texts = new Map<string, number>();
    items.forEach((it, i) => {
      const seenId = ids.get(it.id);
      if (seenId !== undefined) ctx.addIssue({ code: "custom", path: [i, "id"], message: `Duplicate id ${it.id} (also at ${seenId}).` });
      ids.set(it.id, i);
      const key = [...tokenSet(it.text)].sort().join(" ");
      const seenText = texts.get(key);
      if (seenText !== undefined) ctx.addIssue({ code: "custom", path: [i, "text"], message: `Same words as item ${seenText}.` });
      texts.set(key, i);
    });
  });
}

export const dailyQuestionListSchema = uniqueList(dailyQuestionSchema);
export const mindHeartPromptListSchema = uniqueList(mindHeartPromptSchema);
