import { noteView, type NoteCreateBody, type NoteResponseBody, type NoteUpdateBody, type NoteView } from "@attune/shared";
import { z } from "zod";
import { call, callVoid } from "../api/client.ts";

/** The partner-map endpoints, typed by the shared schemas. */

const enc = encodeURIComponent;

export const notesList = z.object({
  linked: z.boolean(),
  partner: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** notes I wrote about my current partner, newest first */
  mine: z.array(noteView),
  /** notes my partner wrote about me and chose to show me */
  aboutMe: z.array(noteView),
});
export type NotesList = z.infer<typeof notesList>;

export const fetchNotes = (): Promise<NotesList> => call("GET", "/api/partner-map/notes", notesList);
export const createNote = (body: NoteCreateBody): Promise<NoteView> => call("POST", "/api/partner-map/notes", noteView, body);
export const updateNote = (id: string, body: NoteUpdateBody): Promise<NoteView> => call("PATCH", `/api/partner-map/notes/${enc(id)}`, noteView, body);
export const deleteNote = (id: string): Promise<void> => callVoid("DELETE", `/api/partner-map/notes/${enc(id)}`);
export const respondToNote = (id: string, body: NoteResponseBody): Promise<NoteView> =>
  call("POST", `/api/partner-map/notes/${enc(id)}/response`, noteView, body);
