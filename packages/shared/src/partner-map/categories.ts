/**
 * The partner map: what one person knows of their partner's inner world, kept as
 * notes in a few categories, each with guided prompts to start from. This is the memory
 * that makes Level Two empathy possible: a reaction makes sense once you remember the
 * history behind it.
 */
export const NOTE_CATEGORIES = ["history", "old-wounds", "sensitivities", "what-helps", "looking-forward", "people", "other"] as const;
export type NoteCategory = (typeof NOTE_CATEGORIES)[number];

export interface GuidedPrompt {
  id: string;
  text: string;
}

export interface CategoryInfo {
  id: NoteCategory;
  label: string;
  /** One line under the heading: what belongs here. */
  hint: string;
  prompts: readonly GuidedPrompt[];
}

const p = (id: string, text: string): GuidedPrompt => ({ id, text });

export const PARTNER_MAP_CATEGORIES: readonly CategoryInfo[] = [
  {
    id: "history",
    label: "Their story",
    hint: "Where they come from and the moments that shaped them.",
    prompts: [
      p("pm-history-1", "What was their childhood home like?"),
      p("pm-history-2", "Who looked after them growing up, and how?"),
      p("pm-history-3", "What big changes did they live through, like a move, a loss or a new start?"),
      p("pm-history-4", "What are they proudest of having come through?"),
    ],
  },
  {
    id: "old-wounds",
    label: "Old wounds",
    hint: "Hurts from the past that can still echo today.",
    prompts: [
      p("pm-wounds-1", "When did they feel left out or alone as a child?"),
      p("pm-wounds-2", "Which past relationship or friendship still stings for them?"),
      p("pm-wounds-3", "What did they need back then that they didn't get?"),
      p("pm-wounds-4", "Is there a loss they still carry?"),
    ],
  },
  {
    id: "sensitivities",
    label: "Tender spots",
    hint: "What tends to touch a nerve, and why it makes sense that it does.",
    prompts: [
      p("pm-sensitive-1", "What kinds of comments or situations tend to hurt them more than others might expect?"),
      p("pm-sensitive-2", "What makes them anxious, even when they don't say so?"),
      p("pm-sensitive-3", "When do they tend to feel criticised or not good enough?"),
      p("pm-sensitive-4", "What is a hard time of year, or day, for them?"),
    ],
  },
  {
    id: "what-helps",
    label: "What helps",
    hint: "What comforts, calms or restores them.",
    prompts: [
      p("pm-helps-1", "What calms them when they're anxious?"),
      p("pm-helps-2", "When they're sad, do they want company, quiet, or both?"),
      p("pm-helps-3", "What small thing makes them feel loved after a hard day?"),
      p("pm-helps-4", "What do they need from you after an argument?"),
    ],
  },
  {
    id: "looking-forward",
    label: "Looking forward to",
    hint: "Hopes, plans and the things they're excited about.",
    prompts: [
      p("pm-forward-1", "What are they looking forward to this month?"),
      p("pm-forward-2", "What dream have they mentioned more than once?"),
      p("pm-forward-3", "What are they working towards right now?"),
    ],
  },
  {
    id: "people",
    label: "People who matter",
    hint: "Family, friends and others in their life, and how they feel about them.",
    prompts: [
      p("pm-people-1", "Who do they call first with good news?"),
      p("pm-people-2", "Which family relationship is the most complicated for them?"),
      p("pm-people-3", "Which friend do they miss, or worry about?"),
      p("pm-people-4", "Who at work makes their days better or harder?"),
    ],
  },
  {
    id: "other",
    label: "Something else",
    hint: "Anything else you want to remember about their inner world.",
    prompts: [
      p("pm-other-1", "What is something about them that few people know?"),
      p("pm-other-2", "What has changed in them over the last year?"),
      p("pm-other-3", "What do you want to ask them about soon?"),
    ],
  },
];

const promptIndex = new Map(PARTNER_MAP_CATEGORIES.flatMap((c) => c.prompts.map((prompt) => [prompt.id, { ...prompt, category: c.id }] as const)));

/** A guided prompt by id, with its category (notes may record which prompt they answer). */
export function guidedPromptById(id: string): (GuidedPrompt & { category: NoteCategory }) | undefined {
  return promptIndex.get(id);
}
