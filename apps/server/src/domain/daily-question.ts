import { newId } from "./ids.ts";
import { promptForDay, questionForDay, type DailyQuestion } from "@attune/shared";
import { UniqueViolation, type AnswerRecord, type UserRecord } from "../storage/store.ts";
import { assertAboutToday, dayIndex } from "./days.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError } from "./errors.ts";

export interface DailyState {
  day: string;
  question: DailyQuestion;
  linked: boolean;
  myAnswer: (AnswerRecord & { replyCount: number }) | null;
  partnerAnswered: boolean;
  partnerAnswer: (AnswerRecord & { replyCount: number }) | null;
  /** Both have answered, so each sees the other's words. */
  revealed: boolean;
}

/** The pair's ids in a fixed order: the same questions follow them through an unlink and relink. */
const pairSeed = (a: string, b: string) => [a, b].sort().join(":");

export function mindHeartPrompt(userId: string, day: string) {
  return promptForDay(userId, dayIndex(day));
}

export async function dailyQuestion(deps: DomainDeps, viewer: UserRecord, day: string): Promise<DailyState> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  const index = dayIndex(day);
  if (!couple) {
    return { day, question: questionForDay(viewer.id, index), linked: false, myAnswer: null, partnerAnswered: false, partnerAnswer: null, revealed: false };
  }
  const question = questionForDay(pairSeed(viewer.id, couple.partnerId), index);
  const answers = await deps.store.answers.forCoupleDay(couple.id, day);
  const mine = answers.find((a) => a.userId === viewer.id);
  const theirs = answers.find((a) => a.userId === couple.partnerId);
  const withCount = async (a: AnswerRecord) => ({ ...a, replyCount: (await deps.store.replies.listForTarget("answer", a.id)).length });
  const revealed = Boolean(mine && theirs);
  return {
    day,
    question,
    linked: true,
    myAnswer: mine ? await withCount(mine) : null,
    partnerAnswered: Boolean(theirs),
    // Never before both have answered: the partner's words stay sealed until then.
    partnerAnswer: revealed && theirs ? await withCount(theirs) : null,
    revealed,
  };
}

export async function answerDaily(deps: DomainDeps, viewer: UserRecord, day: string, text: string): Promise<DailyState> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "The daily question is for two: link with your partner first.");
  assertAboutToday(day, deps.now());
  const question = questionForDay(pairSeed(viewer.id, couple.partnerId), dayIndex(day));
  const answer: AnswerRecord = { id: newId(), coupleId: couple.id, day, userId: viewer.id, questionId: question.id, text, createdAt: deps.now() };
  try {
    await deps.store.answers.create(answer);
  } catch (error) {
    if (error instanceof UniqueViolation) throw new DomainError("conflict", "You've already answered today's question.");
    throw error;
  }
  await deps.events.publish({ coupleId: couple.id, type: "answer", id: answer.id, actorId: viewer.id });
  return dailyQuestion(deps, viewer, day);
}

/** An answer the viewer may read: their own, or the partner's once both have answered. */
export async function readableAnswer(deps: DomainDeps, viewerId: string, answerId: string): Promise<AnswerRecord> {
  const missing = new DomainError("not_found", "That answer was not found.");
  const answer = await deps.store.answers.findById(answerId);
  const couple = await deps.store.couples.activeForUser(viewerId);
  if (!answer || !couple || answer.coupleId !== couple.id) throw missing;
  if (answer.userId === viewerId) return answer;
  const both = await deps.store.answers.forCoupleDay(couple.id, answer.day);
  if (!both.some((a) => a.userId === viewerId)) throw missing;
  return answer;
}
