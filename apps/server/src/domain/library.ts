import { libraryItemById, recommend, type Recommendation } from "@attune/shared";
import type { TryRecord, UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError, notFound } from "./errors.ts";
import { newId } from "./ids.ts";
import { latestGrowthArea } from "./readiness.ts";

function knownItem(itemId: string): void {
  if (!libraryItemById(itemId)) throw notFound("That practice");
}

/** A "try this together" with what the screens need: who invited, and whether both did it. */
export interface SharedPractice extends TryRecord {
  inviterName: string;
  /** When the second partner marked it done; null until both have. */
  completedAt: number | null;
}

export interface LibraryState {
  favourites: string[];
  done: { itemId: string; at: number }[];
  tries: SharedPractice[];
}

/** A shared practice is complete once both partners marked it done, at the later mark. */
export function completedAt(t: TryRecord): number | null {
  return t.inviterDoneAt !== null && t.partnerDoneAt !== null ? Math.max(t.inviterDoneAt, t.partnerDoneAt) : null;
}

/** Display names of the viewer and their partner, for "invited by". */
async function coupleNames(deps: DomainDeps, viewer: UserRecord): Promise<Map<string, string>> {
  const names = new Map([[viewer.id, viewer.displayName]]);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  const partner = couple ? await deps.store.users.findById(couple.partnerId) : undefined;
  if (partner) names.set(partner.id, partner.displayName);
  return names;
}

function shared(t: TryRecord, names: Map<string, string>): SharedPractice {
  return { ...t, inviterName: names.get(t.inviterId) ?? "", completedAt: completedAt(t) };
}

export async function libraryState(deps: DomainDeps, viewer: UserRecord): Promise<LibraryState> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  const [favourites, done, tries, names] = await Promise.all([
    deps.store.library.favourites(viewer.id),
    deps.store.library.done(viewer.id),
    couple ? deps.store.library.triesForCouple(couple.id) : Promise.resolve([]),
    coupleNames(deps, viewer),
  ]);
  return { favourites, done, tries: tries.map((t) => shared(t, names)) };
}

export async function setFavourite(deps: DomainDeps, viewer: UserRecord, itemId: string, on: boolean): Promise<void> {
  knownItem(itemId);
  await deps.store.library.setFavourite(viewer.id, itemId, on, deps.now());
}

export async function markDone(deps: DomainDeps, viewer: UserRecord, itemId: string): Promise<void> {
  knownItem(itemId);
  await deps.store.library.markDone(viewer.id, itemId, deps.now());
}

/** "Try this together": an invitation to the partner, done when both marked it. */
export async function tryTogether(deps: DomainDeps, viewer: UserRecord, itemId: string): Promise<SharedPractice> {
  knownItem(itemId);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "Trying something together needs your partner: link with them first.");
  const t: TryRecord = { id: newId(), coupleId: couple.id, itemId, inviterId: viewer.id, createdAt: deps.now(), inviterDoneAt: null, partnerDoneAt: null };
  await deps.store.library.createTry(t);
  await deps.events.publish({ coupleId: couple.id, type: "try", id: t.id, actorId: viewer.id });
  return shared(t, await coupleNames(deps, viewer));
}

export async function markTryDone(deps: DomainDeps, viewer: UserRecord, tryId: string): Promise<SharedPractice> {
  const t = await deps.store.library.findTry(tryId);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!t || !couple || t.coupleId !== couple.id) throw notFound("That invitation");
  const side = t.inviterId === viewer.id ? "inviter" : "partner";
  const at = deps.now();
  await deps.store.library.setTryDone(tryId, side, at);
  await deps.store.library.markDone(viewer.id, t.itemId, at);
  await deps.events.publish({ coupleId: couple.id, type: "try", id: t.id, actorId: viewer.id });
  const updated = await deps.store.library.findTry(tryId);
  if (!updated) throw notFound("That invitation");
  return shared(updated, await coupleNames(deps, viewer));
}

/** Recommendations from recent check-ins, the latest readiness growth area and what was done or saved. */
export async function recommendations(deps: DomainDeps, viewer: UserRecord): Promise<Recommendation[]> {
  const [couple, recent, growthArea, state] = await Promise.all([
    deps.store.couples.activeForUser(viewer.id),
    deps.store.checkins.history(viewer.id, null, 14),
    latestGrowthArea(deps, viewer.id),
    libraryState(deps, viewer),
  ]);
  return recommend({
    recentCheckins: recent.map((c) => ({ emotions: c.emotions })),
    growthArea,
    done: state.done.map((d) => d.itemId),
    favourites: state.favourites,
    hasPartner: Boolean(couple),
    seed: `${viewer.id}:${new Date(deps.now()).toISOString().slice(0, 10)}`,
  });
}
