import { z } from "zod";
import { CORE_EMOTIONS } from "../checkins.ts";
import { DEPTHS, QUESTION_SETS } from "../content/schema.ts";

/** What kind of practice an item is; the library UI groups and filters by it. */
export const LIBRARY_KINDS = ["starter", "exercise", "repair_script", "weekly_checkin", "celebration"] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** Who the item is for: on your own, or the two of you together. */
export const AUDIENCES = ["one", "two"] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The fixed topic list. Adding a topic is a docs/library.md change too, and the
 * recommender's tables (recommend-rules.ts) should say when it fits.
 */
export const LIBRARY_TOPICS = [
  "everyday",
  "feelings",
  "listening",
  "appreciation",
  "history",
  "dreams",
  "stress",
  "reassurance",
  "comfort",
  "conflict",
  "repair",
  "trust",
  "joy",
  "play",
  "closeness",
  "family",
  "friends",
  "work",
  "values",
  "growth",
] as const;
export type LibraryTopic = (typeof LIBRARY_TOPICS)[number];

/**
 * The five parts of the weekly relationship check-in, in the order the ritual walks
 * through them: warm first, the complaint only once both feel appreciated, hope last.
 */
export const WEEKLY_PARTS = ["appreciation", "new_information", "puzzle", "complaint_with_request", "hope"] as const;
export type WeeklyPart = (typeof WEEKLY_PARTS)[number];

export const EXERCISE_MINUTES = { min: 2, max: 10 } as const;

const sentence = (min: number, max: number) =>
  z
    .string()
    .min(min, `At least ${min} characters.`)
    .max(max, `Keep it to ${max} characters.`)
    .refine((t) => t === t.trim() && !/\s{2}/.test(t), "No leading, trailing or doubled spaces.")
    .refine((t) => /^[A-Z0-9"'(]/.test(t), "Start with a capital letter.")
    .refine((t) => !/[‘’“”]/.test(t), "Use straight quotes and apostrophes.");

const uniqueArray = <T extends z.ZodType<string>>(item: T, what: string) =>
  z
    .array(item)
    .min(1, `Leave \`${what}\` out rather than empty.`)
    .refine((a) => new Set(a).size === a.length, `Each ${what} entry once.`);

export const libraryItemSchema = z
  .strictObject({
    id: z
      .string()
      .max(60)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ids are stable kebab-case slugs, e.g. "three-good-things".'),
    kind: z.enum(LIBRARY_KINDS),
    title: sentence(4, 90),
    summary: sentence(20, 240),
    steps: z.array(sentence(8, 260)).min(2, "Give at least two steps.").max(8, "Eight steps at most: keep it bite-sized.").optional(),
    minutes: z.number().int().min(1).max(30),
    depth: z.enum(DEPTHS),
    for: z.enum(AUDIENCES),
    topics: uniqueArray(z.enum(LIBRARY_TOPICS), "topics").refine((a) => a.length <= 3, "Three topics at most."),
    emotions: uniqueArray(z.enum(CORE_EMOTIONS), "emotions").optional(),
    /** Weekly check-in questions only: which part of the ritual the question belongs to. */
    part: z.enum(WEEKLY_PARTS).optional(),
    /** A themed set a couple opts into (docs/content.md): shown and recommended only once they have. */
    set: z.enum(QUESTION_SETS).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.kind === "exercise") {
      if (!item.steps) ctx.addIssue({ code: "custom", path: ["steps"], message: "Exercises need steps." });
      if (item.minutes < EXERCISE_MINUTES.min || item.minutes > EXERCISE_MINUTES.max)
        ctx.addIssue({ code: "custom", path: ["minutes"], message: `Exercises take ${EXERCISE_MINUTES.min}-${EXERCISE_MINUTES.max} minutes.` });
    }
    if (item.kind === "repair_script" && !item.steps) ctx.addIssue({ code: "custom", path: ["steps"], message: "Repair scripts need their lines as steps." });
    if (item.kind === "weekly_checkin" && !item.part)
      ctx.addIssue({ code: "custom", path: ["part"], message: "Weekly check-in questions name their part of the ritual." });
    if (item.kind !== "weekly_checkin" && item.part) ctx.addIssue({ code: "custom", path: ["part"], message: "Only weekly check-in questions have a part." });
  });

export type LibraryItem = z.infer<typeof libraryItemSchema>;
/** What a data file holds (the same shape; the name says it is not yet validated). */
export type LibraryItemInput = z.input<typeof libraryItemSchema>;

/** Lower-case word set, used to spot the same title written twice. */
export function titleWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/'/g, "")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0),
  );
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Titles at or above this word-set similarity count as the same item twice. */
export const NEAR_DUPLICATE_TITLE = 0.75;

export const libraryListSchema = z.array(libraryItemSchema).superRefine((items, ctx) => {
  const ids = new Map<string, number>();
  items.forEach((it, i) => {
    const seen = ids.get(it.id);
    if (seen !== undefined) ctx.addIssue({ code: "custom", path: [i, "id"], message: `Duplicate id ${it.id} (also at ${seen}).` });
    ids.set(it.id, i);
  });
});
