/** The partner map: note categories with guided prompts, and the schemas of notes and responses. */
export {
  PARTNER_MAP_CATEGORIES,
  NOTE_CATEGORIES,
  guidedPromptById,
  type CategoryInfo,
  type GuidedPrompt,
  type NoteCategory,
} from "./categories.ts";
export {
  CORRECTION_MAX,
  NOTE_TEXT_MAX,
  NOTE_VISIBILITIES,
  noteCategorySchema,
  noteCorrectionFields,
  noteCreateBody,
  noteFields,
  noteResponseBody,
  noteUpdateBody,
  noteView,
  noteVisibilitySchema,
  type NoteCreateBody,
  type NoteFields,
  type NoteResponseBody,
  type NoteUpdateBody,
  type NoteView,
  type NoteVisibility,
} from "./schema.ts";
