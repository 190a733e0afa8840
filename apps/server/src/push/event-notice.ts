import { firstName, pushCopy, type PushKind, type PushPayload } from "@attune/shared";
import type { DomainDeps } from "../domain/deps.ts";
import type { CoupleEvent } from "../events/bus.ts";

/** A notification one partner's action earns the other: who gets it, which kind, and the claim key. */
export interface Notice {
  recipientId: string;
  kind: PushKind;
  /** Names the event (not the recipient), e.g. "reply:<id>"; one send per key and recipient. */
  key: string;
  payload: PushPayload;
}

const NEWS = new Set(["checkin", "reply", "feedback", "answer", "try", "repair"]);

/**
 * Reads what an event announced and decides whether it earns the partner a notification.
 * The actor's couple must still be the event's couple and the record must still say what
 * the event claims (shared, by the actor, in this couple): otherwise nothing is sent.
 * Edits, deletions and a person's own steps publish events too; they send nothing new.
 * `onlyWithDevice`: stop early when the partner has no subscribed device (sending would find
 * none); releasing held notices reads them regardless.
 */
export async function noticeFor(deps: DomainDeps, event: CoupleEvent, options: { onlyWithDevice?: boolean } = {}): Promise<Notice | undefined> {
  const { store } = deps;
  if (!NEWS.has(event.type)) return undefined;
  // The couple, the actor's name and whether the partner has a device, in one statement.
  const context = await store.push.noticeContext(event.actorId);
  if (!context || context.coupleId !== event.coupleId) return undefined;
  // Most partners have no device subscribed: nothing could be sent, so nothing more is read.
  if (options.onlyWithDevice && !context.partnerHasDevice) return undefined;
  const actor = { id: event.actorId };
  const couple = { id: context.coupleId };
  const recipientId = context.partnerId;
  const name = firstName(context.actorName);
  const notice = (kind: PushKind, key: string, body: string, url: string): Notice => ({
    recipientId,
    kind,
    key,
    payload: { kind, title: "Attune", body, url, tag: key },
  });

  switch (event.type) {
    case "checkin": {
      const c = await store.checkins.findById(event.id);
      if (!c || c.authorId !== actor.id || c.visibility !== "shared" || c.coupleId !== couple.id) return undefined;
      return notice("checkin", `checkin:${c.id}`, pushCopy.checkin(name), `/checkins/${c.id}`);
    }
    case "reply": {
      const r = await store.replies.findById(event.id);
      if (!r || r.authorId !== actor.id || r.coupleId !== couple.id) return undefined;
      return notice("reply", `reply:${r.id}`, pushCopy.reply(name), r.targetKind === "checkin" ? `/checkins/${r.targetId}` : "/daily");
    }
    case "feedback": {
      const r = await store.replies.findById(event.id);
      // Only "I felt heard" is news worth a notification; a quieter answer waits in the app.
      if (!r || r.coupleId !== couple.id || r.authorId !== recipientId || !r.feedback?.heard) return undefined;
      return notice("heard", `heard:${r.id}`, pushCopy.heard(name), r.targetKind === "checkin" ? `/checkins/${r.targetId}` : "/daily");
    }
    case "answer": {
      const a = await store.answers.findById(event.id);
      if (!a || a.userId !== actor.id || a.coupleId !== couple.id) return undefined;
      const theirsToo = (await store.answers.forCoupleDay(couple.id, a.day)).some((x) => x.userId === recipientId);
      return notice("answer", `answer:${a.id}`, theirsToo ? pushCopy.answerReveal(name) : pushCopy.answerYourTurn(name), "/daily");
    }
    case "try": {
      const t = await store.library.findTry(event.id);
      // The invitation itself; marking it done later is not news for a notification.
      if (!t || t.inviterId !== actor.id || t.coupleId !== couple.id || t.inviterDoneAt !== null || t.partnerDoneAt !== null) return undefined;
      return notice("practice", `try:${t.id}`, pushCopy.practice(name), `/library/${t.itemId}`);
    }
    case "repair": {
      const r = await store.repairs.findById(event.id);
      // "Together" happens on one screen with both present: nobody needs telling.
      if (!r || r.coupleId !== couple.id || !r.open || r.mode !== "apart") return undefined;
      const step = (r.state as { step?: unknown }).step;
      // Until the talk itself begins, the only news is that it started, and only from the
      // one who started it (events may be handled after the state moved on, so this holds
      // through the agreeing step). Leaving the private safety check sends nothing of its
      // own, so a notification never tells anyone how the other answered it (docs/safety.md).
      if (step === "safety_check" || step === "pause_and_agree") {
        return r.aId === actor.id ? notice("repair", `repair:${r.id}:started`, pushCopy.repairStarted(name), `/repair/${r.id}`) : undefined;
      }
      if (typeof step !== "string") return undefined;
      return notice("repair", `repair:${r.id}:${step}`, pushCopy.repairMoved(name), `/repair/${r.id}`);
    }
    default:
      return undefined;
  }
}
