import type { NoteCreateBody, NoteResponseBody, NoteUpdateBody } from "@attune/shared";
import type { CoupleRecord, NoteRecord, UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError, notFound } from "./errors.ts";
import { newId } from "./ids.ts";

export interface PartnerMap {
  couple: CoupleRecord | undefined;
  /** who my current partner is, for the screen's heading */
  partner: { id: string; displayName: string } | undefined;
  /** what I wrote about my current partner */
  mine: NoteRecord[];
  /** what my partner wrote about me and chose to show me */
  aboutMe: NoteRecord[];
}

export async function partnerMap(deps: DomainDeps, viewer: UserRecord): Promise<PartnerMap> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return { couple, partner: undefined, mine: [], aboutMe: [] };
  const [partner, mine, aboutMe] = await Promise.all([
    deps.store.users.findById(couple.partnerId),
    deps.store.notes.byAuthorAbout(viewer.id, couple.partnerId),
    deps.store.notes.shownTo(viewer.id, couple.partnerId),
  ]);
  return { couple, partner: partner && { id: partner.id, displayName: partner.displayName }, mine, aboutMe };
}

/** The viewer's notes about their current partner, for the coach's Level Two context. */
export async function notesAbout(deps: DomainDeps, authorId: string, subjectId: string): Promise<NoteRecord[]> {
  return deps.store.notes.byAuthorAbout(authorId, subjectId);
}

export async function createNote(deps: DomainDeps, viewer: UserRecord, body: NoteCreateBody): Promise<NoteRecord> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "The partner map is about your partner: link with them first.");
  const now = deps.now();
  const note: NoteRecord = {
    id: newId(),
    authorId: viewer.id,
    subjectId: couple.partnerId,
    category: body.category,
    text: body.text,
    promptId: body.promptId,
    visibility: body.visibility,
    response: null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.notes.create(note);
  if (note.visibility === "shown") await deps.events.publish({ coupleId: couple.id, type: "note", id: note.id, actorId: viewer.id });
  return note;
}

/** Only the author may change or delete a note; to anyone else it does not exist. */
async function ownNote(deps: DomainDeps, viewerId: string, id: string): Promise<NoteRecord> {
  const note = await deps.store.notes.findById(id);
  if (!note || note.authorId !== viewerId) throw notFound("That note");
  return note;
}

export async function updateNote(deps: DomainDeps, viewer: UserRecord, id: string, body: NoteUpdateBody): Promise<NoteRecord> {
  const note = await ownNote(deps, viewer.id, id);
  const textChanged = body.text !== undefined && body.text !== note.text;
  const changes = {
    ...(body.category !== undefined ? { category: body.category } : {}),
    ...(body.text !== undefined ? { text: body.text } : {}),
    ...(body.visibility !== undefined ? { visibility: body.visibility } : {}),
    // A confirmation was about the old words: the partner is asked again.
    ...(textChanged ? { response: null } : {}),
    updatedAt: deps.now(),
  };
  await deps.store.notes.update(id, changes);
  const updated = { ...note, ...changes };
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (couple && couple.partnerId === note.subjectId && (updated.visibility === "shown" || note.visibility === "shown")) {
    await deps.events.publish({ coupleId: couple.id, type: "note", id, actorId: viewer.id });
  }
  return updated;
}

export async function deleteNote(deps: DomainDeps, viewer: UserRecord, id: string): Promise<void> {
  await ownNote(deps, viewer.id, id);
  await deps.store.notes.delete(id);
}

/** The partner a shown note is about says "yes, that's me" or corrects it. */
export async function respondToNote(deps: DomainDeps, viewer: UserRecord, id: string, body: NoteResponseBody): Promise<NoteRecord> {
  const note = await deps.store.notes.findById(id);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  // Readable only to its subject, while shown and while still linked with its author.
  if (!note || note.subjectId !== viewer.id || note.visibility !== "shown" || !couple || couple.partnerId !== note.authorId) {
    throw notFound("That note");
  }
  const at = deps.now();
  const response = { status: body.status, correction: body.status === "corrected" ? body.correction : null, at };
  await deps.store.notes.update(id, { response, updatedAt: note.updatedAt });
  await deps.events.publish({ coupleId: couple.id, type: "note", id, actorId: viewer.id });
  return { ...note, response };
}
