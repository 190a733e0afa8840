/**
 * Note relevance for Level Two replies: which of the partner-map notes speak to a share.
 * Pipeline: words → features (people, roles, topics, feelings, emotions) → score → floor.
 */
export { MAX_NOTES, RELEVANCE_FLOOR, WEIGHTS, rankNotes, type NoteInput, type RankOptions, type RankedNote } from "./rank.ts";
export { currentText, notesForCoach, type PartnerNote } from "./select.ts";
