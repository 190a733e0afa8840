import { newId } from "./ids.ts";
import type { CheckinBody, CheckinPatch } from "@attune/shared";
import { UniqueViolation, type CheckinItem, type CheckinRecord, type Cursor, type UserRecord } from "../storage/store.ts";
import { assertNotFuture } from "./days.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError } from "./errors.ts";
import { canReadCheckin } from "./visibility.ts";
import { readShare } from "./insights/share-reading.ts";

// Someone else's check-in, a private one and a missing one all look the same.
const missing = () => new DomainError("not_found", "That check-in was not found.");

async function coupleIdOf(deps: DomainDeps, userId: string): Promise<string | null> {
  return (await deps.store.couples.activeForUser(userId))?.id ?? null;
}

export async function createCheckin(deps: DomainDeps, user: UserRecord, body: CheckinBody): Promise<CheckinItem> {
  const now = deps.now();
  assertNotFuture(body.day, now);
  const coupleId = body.visibility === "shared" ? await coupleIdOf(deps, user.id) : null;
  const checkin: CheckinRecord = {
    id: newId(),
    authorId: user.id,
    coupleId,
    day: body.day,
    emotions: body.emotions,
    high: body.high,
    low: body.low,
    promptId: body.promptId,
    mindHeart: body.mindHeart,
    visibility: body.visibility,
    createdAt: now,
    updatedAt: now,
  };
  // Read before the transaction: the coach takes a millisecond the database need not wait for.
  const facts = readShare(checkin);
  try {
    await deps.store.transaction(async (repos) => {
      await repos.checkins.create(checkin);
      await repos.insights.saveFacts(checkin.id, facts.inner, facts.words);
      // The choice is remembered as the next default.
      if (user.defaultVisibility !== body.visibility) await repos.users.setDefaultVisibility(user.id, body.visibility);
    });
  } catch (error) {
    if (error instanceof UniqueViolation) {
      throw new DomainError("conflict", "You've already checked in for that day. Open it to add to it or change it.", { field: "day" });
    }
    throw error;
  }
  if (coupleId) await deps.events.publish({ coupleId, type: "checkin", id: checkin.id, actorId: user.id });
  return { ...checkin, authorName: user.displayName, read: false, replyCount: 0 };
}

/** A check-in the viewer may read, or not_found. */
export async function readableCheckin(deps: DomainDeps, viewerId: string, id: string): Promise<{ checkin: CheckinRecord; coupleId: string | null }> {
  // One statement for both (a reply starts here: issue 18).
  const found = await deps.store.checkins.findWithViewerCouple(id, viewerId);
  if (!found || !canReadCheckin(found.checkin, viewerId, found.viewerCoupleId)) throw missing();
  return { checkin: found.checkin, coupleId: found.viewerCoupleId };
}

export async function getCheckin(deps: DomainDeps, viewerId: string, id: string): Promise<CheckinItem> {
  await readableCheckin(deps, viewerId, id);
  const item = await deps.store.checkins.findItem(id, viewerId);
  if (!item) throw missing();
  return item;
}

async function ownCheckin(deps: DomainDeps, userId: string, id: string): Promise<CheckinRecord> {
  const checkin = await deps.store.checkins.findById(id);
  if (!checkin || checkin.authorId !== userId) throw missing();
  return checkin;
}

export async function updateCheckin(deps: DomainDeps, user: UserRecord, id: string, patch: CheckinPatch): Promise<CheckinItem> {
  const checkin = await ownCheckin(deps, user.id, id);
  const visibility = patch.visibility ?? checkin.visibility;
  const coupleId = visibility === "shared" ? (checkin.coupleId ?? (await coupleIdOf(deps, user.id))) : null;
  await deps.store.checkins.update(id, { ...patch, coupleId, updatedAt: deps.now() });
  if (patch.mindHeart !== undefined || patch.high !== undefined || patch.low !== undefined) {
    const facts = readShare({ ...checkin, ...patch });
    await deps.store.insights.saveFacts(id, facts.inner, facts.words);
  }
  if (coupleId && (checkin.visibility !== "shared" || patch.mindHeart !== undefined)) {
    await deps.events.publish({ coupleId, type: "checkin", id, actorId: user.id });
  }
  return getCheckin(deps, user.id, id);
}

/** Deletes the author's check-in with every reply to it. */
export async function deleteCheckin(deps: DomainDeps, userId: string, id: string): Promise<void> {
  await ownCheckin(deps, userId, id);
  await deps.store.transaction(async (repos) => {
    await repos.replies.deleteForTarget("checkin", id);
    await repos.checkins.delete(id);
  });
}

export interface Page {
  items: CheckinItem[];
  next: Cursor | null;
}

function page(items: CheckinItem[], limit: number, key: (c: CheckinItem) => string | number): Page {
  const last = items.length === limit ? items.at(-1) : undefined;
  return { items, next: last ? { key: key(last), id: last.id } : null };
}

/**
 * The couple's shared check-ins, newest first, and how many of the partner's the viewer
 * has not opened (see UNREAD_COUNT_CAP); empty when not linked. One couple lookup for both.
 */
export async function timeline(deps: DomainDeps, viewerId: string, cursor: Cursor | null, limit: number): Promise<Page & { unread: number }> {
  // The couple now, the page and the count in one statement (a hot path: issue 18).
  const { items, unread } = await deps.store.checkins.timelineOf(viewerId, cursor, limit);
  return { ...page(items, limit, (c) => c.createdAt), unread };
}

export async function history(deps: DomainDeps, viewerId: string, cursor: Cursor | null, limit: number): Promise<Page> {
  return page(await deps.store.checkins.history(viewerId, cursor, limit), limit, (c) => c.day);
}

export async function markRead(deps: DomainDeps, viewerId: string, id: string): Promise<void> {
  await readableCheckin(deps, viewerId, id);
  await deps.store.checkins.markRead(viewerId, id, deps.now());
}
