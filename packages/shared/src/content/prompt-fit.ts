import { MIND_HEART_PROMPTS, promptById } from "./index.ts";
import type { MindHeartPrompt } from "./schema.ts";

/**
 * Prompts that assume a good day ("a small joy", "what gave you a lift"). Shown above a
 * story of fear or humiliation they read as if nobody listened, so they give way when the
 * person says the day was heavy.
 */
export const UPBEAT_PROMPT_IDS: ReadonlySet<string> = new Set(["mh-07", "mh-09", "mh-16", "mh-20", "mh-27"]);

/** The prompt that stands in for an upbeat one on a heavy day: open, and fits any day. */
export const OPEN_PROMPT_ID = "mh-41";

/** A day is heavy when the person marks mad, sad or fear at "quite a bit" or more. */
export function isHeavyDay(emotions: { mad: number; sad: number; glad: number; fear: number }): boolean {
  return emotions.mad >= 2 || emotions.sad >= 2 || emotions.fear >= 2;
}

export function promptFits(prompt: Pick<MindHeartPrompt, "id">, emotions: { mad: number; sad: number; glad: number; fear: number }): boolean {
  return !(isHeavyDay(emotions) && UPBEAT_PROMPT_IDS.has(prompt.id));
}

/** Today's prompt, or the open one when today's assumes a good day that this one wasn't. */
export function promptForMood(prompt: MindHeartPrompt, emotions: { mad: number; sad: number; glad: number; fear: number }): MindHeartPrompt {
  return promptFits(prompt, emotions) ? prompt : (promptById(OPEN_PROMPT_ID) ?? prompt);
}

/** "Another question": the next prompt after `current` that fits the person's day. */
export function nextFittingPrompt(current: Pick<MindHeartPrompt, "id">, emotions: { mad: number; sad: number; glad: number; fear: number }): MindHeartPrompt {
  const start = MIND_HEART_PROMPTS.findIndex((p) => p.id === current.id);
  for (let step = 1; step <= MIND_HEART_PROMPTS.length; step++) {
    const candidate = MIND_HEART_PROMPTS[(start + step) % MIND_HEART_PROMPTS.length]!;
    if (!candidate.retired && promptFits(candidate, emotions)) return candidate;
  }
  return promptById(OPEN_PROMPT_ID) ?? MIND_HEART_PROMPTS[0]!;
}
