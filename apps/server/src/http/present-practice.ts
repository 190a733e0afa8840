import type { LibraryStateView, NoteView, ReadinessResultView, RepairView, TryView } from "@attune/shared";
import type { LibraryState, SharedPractice } from "../domain/library.ts";
import type { ReadinessTaken } from "../domain/readiness.ts";
import type { RepairSession } from "../domain/repair.ts";
import type { NoteRecord } from "../storage/store.ts";
import { iso } from "../domain/time.ts";

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function presentNote(n: NoteRecord, viewerId: string): NoteView {
  return {
    id: n.id,
    category: n.category as NoteView["category"],
    text: n.text,
    visibility: n.visibility,
    promptId: n.promptId,
    mine: n.authorId === viewerId,
    createdAt: iso(n.createdAt),
    updatedAt: iso(n.updatedAt),
    response: n.response ? { status: n.response.status, correction: n.response.correction, at: iso(n.response.at) } : null,
  };
}

export function presentReadiness(r: ReadinessTaken): ReadinessResultView {
  return { ...r.result, id: r.id, takenAt: iso(r.createdAt), sharedWithPartner: r.shared };
}

export function presentTry(t: SharedPractice, viewerId: string): TryView {
  const mine = t.inviterId === viewerId;
  return {
    id: t.id,
    itemId: t.itemId,
    invitedBy: { id: t.inviterId, displayName: t.inviterName },
    mine,
    createdAt: iso(t.createdAt),
    myDoneAt: isoOrNull(mine ? t.inviterDoneAt : t.partnerDoneAt),
    partnerDoneAt: isoOrNull(mine ? t.partnerDoneAt : t.inviterDoneAt),
    completedAt: isoOrNull(t.completedAt),
  };
}

export function presentLibraryState(s: LibraryState, viewerId: string): LibraryStateView {
  return {
    favourites: s.favourites,
    done: s.done.map((d) => ({ itemId: d.itemId, at: iso(d.at) })),
    tries: s.tries.map((t) => presentTry(t, viewerId)),
  };
}

export function presentRepair(r: RepairSession): RepairView {
  return {
    id: r.id,
    mode: r.mode,
    me: r.me,
    names: r.names,
    step: r.state.step,
    state: r.state,
    expected: r.expected,
    privateHelp: r.privateHelp,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}
