import { MIND_HEART_PROMPTS, type CheckinView, type DailyQuestionView, type ReplyView } from "@attune/shared";
import type { DailyState } from "../domain/daily-question.ts";
import type { AnswerRecord, CheckinItem, ReplyItem } from "../storage/store.ts";
import { iso } from "../domain/time.ts";

const promptText = new Map(MIND_HEART_PROMPTS.map((p) => [p.id, p.text]));

export function presentCheckin(c: CheckinItem, viewerId: string): CheckinView {
  const mine = c.authorId === viewerId;
  return {
    id: c.id,
    author: { id: c.authorId, displayName: c.authorName },
    mine,
    day: c.day,
    emotions: c.emotions,
    high: c.high,
    low: c.low,
    promptId: c.promptId,
    promptText: c.promptId ? (promptText.get(c.promptId) ?? null) : null,
    mindHeart: c.mindHeart,
    visibility: c.visibility,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    // One's own entries are never "unread".
    unread: !mine && !c.read,
    replyCount: c.replyCount,
  };
}

export function presentReply(r: ReplyItem, viewerId: string): ReplyView {
  return {
    id: r.id,
    author: { id: r.authorId, displayName: r.authorName },
    mine: r.authorId === viewerId,
    body: r.body,
    createdAt: iso(r.createdAt),
    coach: r.coach,
    feedback: r.feedback ? { heard: r.feedback.heard, note: r.feedback.note, at: iso(r.feedback.at) } : null,
  };
}

const presentAnswer = (a: AnswerRecord & { replyCount: number }) => ({
  id: a.id,
  authorId: a.userId,
  text: a.text,
  createdAt: iso(a.createdAt),
  replyCount: a.replyCount,
});

export function presentDaily(s: DailyState): DailyQuestionView {
  return {
    day: s.day,
    question: { id: s.question.id, text: s.question.text, depth: s.question.depth },
    linked: s.linked,
    myAnswer: s.myAnswer ? presentAnswer(s.myAnswer) : null,
    partnerAnswered: s.partnerAnswered,
    partnerAnswer: s.partnerAnswer ? presentAnswer(s.partnerAnswer) : null,
    revealed: s.revealed,
  };
}
