import { z } from "zod";
import { NOTE_CATEGORIES, guidedPromptById } from "./categories.ts";

export const NOTE_TEXT_MAX = 2000;
export const CORRECTION_MAX = 2000;

/** "private": only the author can read it (the default). "shown": the partner may read it and confirm or correct it. */
export const NOTE_VISIBILITIES = ["private", "shown"] as const;
export const noteVisibilitySchema = z.enum(NOTE_VISIBILITIES);
export type NoteVisibility = z.infer<typeof noteVisibilitySchema>;

export const noteCategorySchema = z.enum(NOTE_CATEGORIES, { error: "Choose one of the categories." });

const noteText = z
  .string({ error: "Write your note first." })
  .trim()
  .min(1, "Write your note first.")
  .max(NOTE_TEXT_MAX, `Keep this under ${NOTE_TEXT_MAX} characters.`);

const promptId = z
  .string()
  .max(40)
  .refine((id) => guidedPromptById(id) !== undefined, "That prompt does not exist.");

export const noteCreateBody = z.strictObject({
  category: noteCategorySchema,
  text: noteText,
  /** Notes are private unless the author chooses to show them. */
  visibility: noteVisibilitySchema.default("private"),
  /** the guided prompt the note answers, if any */
  promptId: promptId.nullable().default(null),
});
export type NoteCreateBody = z.infer<typeof noteCreateBody>;

/** A note's editable fields, as the note form sends them whole. */
export const noteFields = z.strictObject({ category: noteCategorySchema, text: noteText, visibility: noteVisibilitySchema });
export type NoteFields = z.infer<typeof noteFields>;

export const noteUpdateBody = noteFields.partial().refine((b) => Object.keys(b).length > 0, "Nothing to change.");
export type NoteUpdateBody = z.infer<typeof noteUpdateBody>;

const correctionText = z
  .string({ error: "Say what you'd put differently." })
  .trim()
  .min(1, "Say what you'd put differently.")
  .max(CORRECTION_MAX, `Keep this under ${CORRECTION_MAX} characters.`);

/** The correction form's one field, as the server checks it inside a response. */
export const noteCorrectionFields = z.strictObject({ correction: correctionText });

/** The partner's answer to a shown note: "yes, that's me" or "not quite, here's how it is". */
export const noteResponseBody = z.discriminatedUnion(
  "status",
  [z.strictObject({ status: z.literal("confirmed") }), z.strictObject({ status: z.literal("corrected"), correction: correctionText })],
  { error: "Confirm the note or write a correction." },
);
export type NoteResponseBody = z.infer<typeof noteResponseBody>;

export const noteView = z.object({
  id: z.string(),
  category: noteCategorySchema,
  text: z.string(),
  visibility: noteVisibilitySchema,
  promptId: z.string().nullable(),
  /** true for the author; false when the partner reads a shown note about themselves */
  mine: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** the partner's latest answer; cleared when the author edits the text */
  response: z.object({ status: z.enum(["confirmed", "corrected"]), correction: z.string().nullable(), at: z.string() }).nullable(),
});
export type NoteView = z.infer<typeof noteView>;
