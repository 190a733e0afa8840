/**
 * @attune/coach — the offline empathy coach. Pure TypeScript, no I/O, no Node-only APIs:
 * the same code runs in the browser composer and on the server.
 */
export * from "./contract.ts";
export { analyze } from "./analyze.ts";
export { COACH_VERSION } from "./version.ts";
export { detectEmotions, DETECTION_THRESHOLD, CORE_EMOTIONS } from "./emotions/index.ts";
export type { EmotionReading, EmotionResult } from "./emotions/index.ts";
export { notesForCoach, currentText, type PartnerNote } from "./notes/index.ts";
export { rankNotes, RELEVANCE_FLOOR, MAX_NOTES, type NoteInput, type RankedNote, type RankOptions } from "./notes/index.ts";
