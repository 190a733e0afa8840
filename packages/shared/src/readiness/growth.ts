/**
 * Three practice-library exercises per area, offered when that area is the one to grow.
 * Ids refer to items of the practice library (packages/shared/src/library); a test there
 * or in the app should check that each id exists once both are in place.
 */
import type { SubscaleId } from "./subscales.ts";

export const GROWTH_EXERCISES: Readonly<Record<SubscaleId, readonly [string, string, string]>> = {
  listening: ["exercise-reflect-it-back", "exercise-ten-minute-listen", "exercise-phone-down-check-in"],
  validating: ["exercise-that-makes-sense", "exercise-name-the-feeling", "exercise-advice-on-hold"],
  "opening-up": ["exercise-mad-sad-glad-fear", "exercise-inner-layer-share", "exercise-one-small-worry"],
  "conflict-repair": ["exercise-pause-and-return", "exercise-my-part", "exercise-empathic-apology"],
  curiosity: ["exercise-open-question-a-day", "exercise-love-map-update", "exercise-childhood-story"],
  "shared-joy": ["exercise-tell-me-everything", "exercise-three-good-things", "exercise-celebrate-small-win"],
};
