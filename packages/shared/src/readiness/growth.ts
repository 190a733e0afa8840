/**
 * Three practice-library exercises per area, offered when that area is the one to grow.
 * Ids are items of kind "exercise" in the practice library (packages/shared/src/library);
 * a test checks they exist. Chosen to match the area's items: e.g. conflict-repair has
 * items on defensiveness, pausing and coming back, and wondering what the partner feels.
 */
import type { SubscaleId } from "./subscales.ts";

export const GROWTH_EXERCISES: Readonly<Record<SubscaleId, readonly [string, string, string]>> = {
  listening: ["mirror-and-swap", "tell-me-more", "three-breaths-before-replying"],
  validating: ["it-makes-sense-that", "guess-the-feeling", "five-minutes-no-fixing"],
  "opening-up": ["beyond-fine", "share-your-four", "outer-then-inner"],
  "conflict-repair": ["catch-the-defence", "cool-down-before-talking", "tell-it-from-their-side"],
  curiosity: ["three-open-questions", "update-your-map", "level-two-link"],
  "shared-joy": ["savour-a-good-moment", "three-specific-thanks", "what-i-admire"],
};
