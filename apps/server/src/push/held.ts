import { firstName, pushCopyCollapsed, type PartnerEventType, type PushKind, type PushPayload } from "@attune/shared";
import type { DomainDeps } from "../domain/deps.ts";
import type { HeldNoticeRecord } from "../storage/store.ts";
import { noticeFor, type Notice } from "./event-notice.ts";

/**
 * Notices held through someone's quiet hours, on release: each is read again from the
 * records and dropped when it is no longer news (unshared, answered, opened, moved on, or
 * the couple ended); what is left is collapsed to one notification per kind.
 */
export async function stillNews(deps: DomainDeps, held: HeldNoticeRecord): Promise<Notice | undefined> {
  const notice = await noticeFor(deps, { ...held.event, type: held.event.type as PartnerEventType });
  // A repair that moved on earns its own notice under another key; this one is old news.
  if (!notice || notice.recipientId !== held.userId || notice.key !== held.key) return undefined;
  const { store } = deps;
  switch (notice.kind) {
    case "checkin": {
      // Opened (on any device) or already replied to during the quiet hours.
      const item = await store.checkins.findItem(held.event.id, held.userId);
      if (!item || item.read) return undefined;
      const replies = item.replyCount === 0 ? [] : await store.replies.listForTarget("checkin", item.id);
      return replies.some((r) => r.authorId === held.userId) ? undefined : notice;
    }
    case "reply": {
      const reply = await store.replies.findById(held.event.id);
      if (!reply) return undefined;
      const unseen = await store.threadSeen.unseen(held.userId, held.event.coupleId);
      return unseen.some((t) => t.targetKind === reply.targetKind && t.targetId === reply.targetId) ? notice : undefined;
    }
    case "answer": {
      // Answering since opened both answers: "your turn" has been taken.
      const answer = await store.answers.findById(held.event.id);
      if (!answer) return undefined;
      const theirs = (await store.answers.forCoupleDay(answer.coupleId, answer.day)).find((a) => a.userId === held.userId);
      return theirs && theirs.createdAt >= held.heldAt ? undefined : notice;
    }
    default:
      return notice;
  }
}

/** One payload per kind, in the order the kinds first arrived. */
export function collapse(notices: Notice[], partnerName: string): { kind: PushKind; payload: PushPayload }[] {
  const byKind = new Map<PushKind, Notice[]>();
  for (const n of notices) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  return [...byKind].map(([kind, group]) => {
    const last = group[group.length - 1] as Notice;
    if (group.length === 1 || kind === "answer" || kind === "repair") return { kind, payload: last.payload };
    const { body, url } = pushCopyCollapsed[kind](firstName(partnerName), group.length);
    return { kind, payload: { kind, title: "Attune", body, url, tag: `held:${kind}` } };
  });
}
