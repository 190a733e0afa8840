import type { CoreEmotion, MoveId, PitfallId } from "@attune/coach";

/** Plain names for what the coach notices; the coach's own `why` says the rest. */
export const PITFALL_LABELS: Record<PitfallId, string> = {
  fixing: "Jumping to advice",
  i_understand: "\u201cI understand\u201d",
  hijacking: "Turning it to you",
  problem_solving_question: "A next-step question",
  making_it_about_me: "Making it about you",
  minimizing: "Making it smaller",
  blaming: "Blame",
  why_question: "A \u201cwhy\u201d question",
  defensiveness: "Defending yourself",
  sympathy: "Sympathy from the outside",
};

export const MOVE_LABELS: Record<MoveId, string> = {
  validation: "Validating",
  naming_feeling: "Naming the feeling",
  warmth: "Warmth",
  exploration: "An open question",
  presence: "Offering presence",
  shared_joy: "Sharing the joy",
  level_two: "Remembering their story",
  empathic_apology: "An empathic apology",
};

export const EMOTION_WORDS: Record<CoreEmotion, string> = {
  mad: "angry",
  sad: "sad",
  glad: "glad",
  fear: "afraid",
};
