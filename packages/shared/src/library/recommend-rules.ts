import type { CoreEmotionName } from "../checkins.ts";
import type { SubscaleId } from "../readiness/subscales.ts";
import type { LibraryKind, LibraryTopic } from "./schema.ts";

/** What helps when an emotion has been strong lately, and how we say why. */
export interface EmotionRule {
  topics: readonly LibraryTopic[];
  /** Kinds that suit this emotion best get a small lift. */
  kinds: readonly LibraryKind[];
  why: string;
}

/**
 * Emotion → practice. Fear leans towards reassurance exercises, sadness towards
 * comfort, anger towards calm and repair, gladness towards savouring and sharing it.
 */
export const EMOTION_RULES: Readonly<Record<CoreEmotionName, EmotionRule>> = {
  fear: {
    topics: ["reassurance", "trust", "stress"],
    kinds: ["exercise"],
    why: "Worry has come up a lot in your recent check-ins; this one is about feeling steadier and reassured together.",
  },
  sad: {
    topics: ["comfort", "closeness", "feelings"],
    kinds: ["exercise", "starter"],
    why: "There's been some sadness lately; this makes gentle room for comfort, without rushing it away.",
  },
  mad: {
    topics: ["conflict", "repair", "listening"],
    kinds: ["exercise", "repair_script"],
    why: "Frustration has shown up often lately; this helps turn it into something you can both hear.",
  },
  glad: {
    topics: ["joy", "appreciation", "play"],
    kinds: ["celebration", "exercise"],
    why: "Lots of gladness in your recent check-ins; a lovely moment to share it and let it grow.",
  },
};

/** A readiness-test growth area → the practice that strengthens it. */
export interface GrowthRule {
  topics: readonly LibraryTopic[];
  kinds: readonly LibraryKind[];
  /** Hand-picked items that fit the area especially well (checked to exist in tests). */
  picks: readonly string[];
  why: string;
}

export const GROWTH_RULES: Readonly<Record<SubscaleId, GrowthRule>> = {
  listening: {
    topics: ["listening"],
    kinds: ["exercise"],
    picks: ["mirror-and-swap", "tell-me-more", "three-breaths-before-replying", "five-minutes-no-fixing"],
    why: "Your readiness test named listening as a place to grow; this is a small, friendly way to practise it.",
  },
  validating: {
    topics: ["listening", "feelings", "comfort"],
    kinds: ["exercise"],
    picks: ["it-makes-sense-that", "instead-of-i-understand", "guess-the-feeling", "staying-with-sadness"],
    why: 'Your readiness test pointed to validating feelings; this helps you practise "That makes sense" before anything else.',
  },
  "opening-up": {
    topics: ["feelings", "history", "trust"],
    kinds: ["starter", "exercise"],
    picks: ["mad-sad-glad-afraid", "outer-then-inner", "share-your-four", "beyond-fine"],
    why: "Your readiness test suggested opening up a little more; this lets your partner in, one small feeling at a time.",
  },
  "conflict-repair": {
    topics: ["repair", "conflict"],
    kinds: ["repair_script", "exercise"],
    picks: ["repair-open-the-door", "gentle-start", "cool-down-before-talking", "repair-taking-a-break"],
    why: "Your readiness test named repair after conflict as a growth area; this gives you words for finding your way back.",
  },
  curiosity: {
    topics: ["everyday", "dreams", "history"],
    kinds: ["starter", "exercise"],
    picks: ["three-open-questions", "update-your-map", "starter-mind-and-heart", "dream-listener"],
    why: "Your readiness test invited more curiosity; this is an easy way to learn something new about your partner.",
  },
  "shared-joy": {
    topics: ["joy", "appreciation"],
    kinds: ["celebration"],
    picks: ["celebrate-full-joy-reply", "savour-a-good-moment", "celebrate-relive-the-moment", "three-specific-thanks"],
    why: "Your readiness test pointed to shared joy; this helps you celebrate the good things together.",
  },
};

/** Said when there is nothing yet to go on: no check-ins, no test, nothing saved. */
export const WHY_START_HERE = "A gentle place to start: short, warm and easy to try today.";
/** Said of an item close to one the person saved. */
export const whyLikeFavourite = (title: string) => `You saved "${title.replace(/"/g, "'")}"; this one is in the same spirit.`;
/** Said of an item the person has done before, offered only when little else fits. */
export const WHY_AGAIN = "One you've tried before, and worth another go.";
