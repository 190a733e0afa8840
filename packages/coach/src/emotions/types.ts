/** The four core emotions of the daily self-check: what made me mad, sad, glad, afraid. */
export type CoreEmotion = "mad" | "sad" | "glad" | "fear";

/** The four, in the fixed order used by the weights file and every per-emotion array. */
export const CORE_EMOTIONS: readonly CoreEmotion[] = ["mad", "sad", "glad", "fear"];
