import { newId } from "./ids.ts";
import type { FeedbackBody } from "@attune/shared";
import type { ReplyItem, ReplyRecord, ReplyTarget, UserRecord } from "../storage/store.ts";
import { readableAnswer } from "./daily-question.ts";
import type { DomainDeps } from "./deps.ts";
import { shareTextOf } from "@attune/shared";
import { readableCheckin } from "./checkins.ts";
import { DomainError } from "./errors.ts";
import { canReadReply } from "./visibility.ts";

export interface Target {
  kind: ReplyTarget;
  id: string;
}

interface ReadableTarget {
  authorId: string;
  /** The couple the target is shared within; null while private. */
  coupleId: string | null;
  viewerCoupleId: string | null;
  shareText: string;
}

async function readableTarget(deps: DomainDeps, viewerId: string, target: Target): Promise<ReadableTarget> {
  if (target.kind === "checkin") {
    const { checkin, coupleId } = await readableCheckin(deps, viewerId, target.id);
    return {
      authorId: checkin.authorId,
      coupleId: checkin.visibility === "shared" ? checkin.coupleId : null,
      viewerCoupleId: coupleId,
      shareText: shareTextOf(checkin),
    };
  }
  const answer = await readableAnswer(deps, viewerId, target.id);
  return { authorId: answer.userId, coupleId: answer.coupleId, viewerCoupleId: answer.coupleId, shareText: answer.text };
}

/** Sends a reply. The coach reads it as the browser did and only its verdict is kept beside it. */
export async function addReply(deps: DomainDeps, viewer: UserRecord, target: Target, body: string): Promise<ReplyItem> {
  const t = await readableTarget(deps, viewer.id, target);
  if (!t.coupleId || t.coupleId !== t.viewerCoupleId) {
    throw new DomainError("conflict", "Share this with your partner first; then you can talk about it here.");
  }
  let coach: ReplyRecord["coach"] = null;
  if (t.authorId !== viewer.id) {
    const notes = await deps.store.notes.byAuthorAbout(viewer.id, t.authorId);
    try {
      coach = deps.coach(t.shareText, body, notes);
    } catch {
      coach = null; // the coach never stands between two people
    }
  }
  const reply: ReplyRecord = {
    id: newId(),
    targetKind: target.kind,
    targetId: target.id,
    authorId: viewer.id,
    coupleId: t.coupleId,
    body,
    createdAt: deps.now(),
    coach,
    feedback: null,
  };
  await deps.store.replies.create(reply);
  await deps.events.publish({ coupleId: t.coupleId, type: "reply", id: reply.id, actorId: viewer.id });
  return { ...reply, authorName: viewer.displayName };
}

export async function listReplies(deps: DomainDeps, viewerId: string, target: Target): Promise<ReplyItem[]> {
  const t = await readableTarget(deps, viewerId, target);
  const replies = await deps.store.replies.listForTarget(target.kind, target.id);
  // The sharer has now seen their thread: Today stops counting these replies as new.
  if (t.authorId === viewerId) await deps.store.threadSeen.markSeen(viewerId, target.kind, target.id, deps.now());
  return replies.filter((r) => canReadReply(r, viewerId, t.viewerCoupleId));
}

/** "I felt heard" / "Not quite": only the person who shared answers it, for replies from their partner. */
export async function giveFeedback(deps: DomainDeps, viewerId: string, replyId: string, body: FeedbackBody): Promise<ReplyItem> {
  const missing = new DomainError("not_found", "That reply was not found.");
  const reply = await deps.store.replies.findById(replyId);
  if (!reply) throw missing;
  const t = await readableTarget(deps, viewerId, { kind: reply.targetKind, id: reply.targetId }).catch(() => {
    throw missing;
  });
  if (!canReadReply(reply, viewerId, t.viewerCoupleId)) throw missing;
  if (t.authorId !== viewerId || reply.authorId === viewerId) {
    throw new DomainError("forbidden", "Only the person who shared can say whether they felt heard.");
  }
  const feedback = { heard: body.heard, note: body.note?.trim() || null, at: deps.now() };
  await deps.store.replies.setFeedback(replyId, feedback);
  await deps.events.publish({ coupleId: reply.coupleId, type: "feedback", id: replyId, actorId: viewerId });
  const author = await deps.store.users.findById(reply.authorId);
  return { ...reply, feedback, authorName: author?.displayName ?? "" };
}
