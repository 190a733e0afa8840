import { newId } from "./ids.ts";
import { ASSUMPTIONS, FRESH_DAYS, promptForDay, questionById, questionForDay, type Assumption, type DailyQuestion } from "@attune/shared";
import { UniqueViolation, type AnswerRecord, type UserRecord } from "../storage/store.ts";
import { assertAboutToday, dayIndex } from "./days.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError } from "./errors.ts";

/** How many times a day a couple may swap the question for another, before anyone answers. */
export const SWAPS_PER_DAY = 3;

export interface DailyState {
  day: string;
  question: DailyQuestion;
  linked: boolean;
  myAnswer: (AnswerRecord & { replyCount: number }) | null;
  partnerAnswered: boolean;
  partnerAnswer: (AnswerRecord & { replyCount: number }) | null;
  /** Both have answered, so each sees the other's words. */
  revealed: boolean;
  /** This person let today's question pass. */
  skipped: boolean;
  /** The partner let it pass (so nobody waits for an answer that is not coming). */
  partnerSkipped: boolean;
  /** Swaps left today; 0 once anyone has answered. */
  swapsLeft: number;
}

/** The pair's ids in a fixed order: the same questions follow them through an unlink and relink. */
const pairOf = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
const seedOf = (pair: readonly [string, string]) => (pair[0] === pair[1] ? pair[0] : pair.join(":"));

const DAY_MS = 86_400_000;
const dayString = (index: number) => new Date(index * DAY_MS).toISOString().slice(0, 10);
/** How far back the served log is read: further than a year, so never-served questions come before old ones. */
const MEMORY_DAYS = 3 * 365;

export function mindHeartPrompt(userId: string, day: string) {
  return promptForDay(userId, dayIndex(day));
}

/**
 * What the pair told us, combined: a set or circumstance is on only when both chose it
 * (consent for the tender sets, and nothing guessed); a rough patch when either said so.
 */
export async function coupleContext(deps: DomainDeps, userIds: readonly string[]): Promise<{ context: Assumption[]; roughPatch: boolean }> {
  const prefs = await Promise.all([...new Set(userIds)].map((id) => deps.store.dailyChoices.prefs(id)));
  const context = ASSUMPTIONS.filter((tag) => prefs.every((p) => p.sets.includes(tag)));
  return { context, roughPatch: prefs.some((p) => p.roughPatch) };
}

/** Today's question for the pair: the one already served today, or a new pick that is recorded. */
async function servedQuestion(deps: DomainDeps, pair: [string, string], day: string, swap: boolean): Promise<{ question: DailyQuestion; swaps: number }> {
  const index = dayIndex(day);
  const served = await deps.store.dailyChoices.servedSince(pair, dayString(index - MEMORY_DAYS));
  const today = served.filter((s) => s.day === day);
  const current = today.at(-1);
  const known = current && questionById(current.questionId);
  if (known && !swap) return { question: known, swaps: today.length - 1 };
  const answered = await deps.store.dailyChoices.answeredSince([...new Set(pair)], dayString(index - FRESH_DAYS));
  const history = [...served, ...answered].map((s) => ({ day: dayIndex(s.day), questionId: s.questionId }));
  const { context, roughPatch } = await coupleContext(deps, pair);
  const question = questionForDay(seedOf(pair), index, { history, context, roughPatch, exclude: today.map((t) => t.questionId) });
  const seq = (current?.seq ?? 0) + 1;
  if (await deps.store.dailyChoices.recordServed(pair, { day, seq, questionId: question.id }, deps.now())) return { question, swaps: seq - 1 };
  // Someone else picked (or swapped) at the same moment: theirs stands.
  const again = (await deps.store.dailyChoices.servedSince(pair, day)).filter((s) => s.day === day).at(-1);
  return { question: (again && questionById(again.questionId)) ?? question, swaps: (again?.seq ?? seq) - 1 };
}

async function stateFor(deps: DomainDeps, viewer: UserRecord, day: string, swap = false): Promise<DailyState> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) {
    const { question } = await servedQuestion(deps, [viewer.id, viewer.id], day, false);
    return {
      day,
      question,
      linked: false,
      myAnswer: null,
      partnerAnswered: false,
      partnerAnswer: null,
      revealed: false,
      skipped: false,
      partnerSkipped: false,
      swapsLeft: 0,
    };
  }
  const { question, swaps } = await servedQuestion(deps, pairOf(viewer.id, couple.partnerId), day, swap);
  const answers = await deps.store.answers.forCoupleDay(couple.id, day);
  const mine = answers.find((a) => a.userId === viewer.id);
  const theirs = answers.find((a) => a.userId === couple.partnerId);
  const skips = await deps.store.dailyChoices.skipped([viewer.id, couple.partnerId], day);
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
    skipped: !mine && skips.includes(viewer.id),
    partnerSkipped: !theirs && skips.includes(couple.partnerId),
    swapsLeft: answers.length > 0 ? 0 : Math.max(0, SWAPS_PER_DAY - swaps),
  };
}

export function dailyQuestion(deps: DomainDeps, viewer: UserRecord, day: string): Promise<DailyState> {
  return stateFor(deps, viewer, day);
}

export async function answerDaily(deps: DomainDeps, viewer: UserRecord, day: string, text: string): Promise<DailyState> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "The daily question is for two: link with your partner first.");
  assertAboutToday(day, deps.now());
  const { question } = await servedQuestion(deps, pairOf(viewer.id, couple.partnerId), day, false);
  const answer: AnswerRecord = { id: newId(), coupleId: couple.id, day, userId: viewer.id, questionId: question.id, text, createdAt: deps.now() };
  try {
    await deps.store.answers.create(answer);
  } catch (error) {
    if (error instanceof UniqueViolation) throw new DomainError("conflict", "You've already answered today's question.");
    throw error;
  }
  // Answering is the opposite of letting it pass.
  await deps.store.dailyChoices.setSkip(viewer.id, day, false, deps.now());
  await deps.events.publish({ coupleId: couple.id, type: "answer", id: answer.id, actorId: viewer.id });
  return stateFor(deps, viewer, day);
}

/** Another question for today, for the two of you; only before either has answered. */
export async function swapDaily(deps: DomainDeps, viewer: UserRecord, day: string): Promise<DailyState> {
  assertAboutToday(day, deps.now());
  const before = await stateFor(deps, viewer, day);
  if (!before.linked) throw new DomainError("conflict", "The daily question is for two: link with your partner first.");
  if (before.myAnswer || before.partnerAnswered) throw new DomainError("conflict", "One of you has already answered today's question, so it stays.");
  if (before.swapsLeft <= 0) throw new DomainError("conflict", "That's all the swaps for today. Letting this one pass is fine too.");
  const after = await stateFor(deps, viewer, day, true);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  // The partner's screen shows the new question too (the event carries no text).
  if (couple) await deps.events.publish({ coupleId: couple.id, type: "answer", id: after.question.id, actorId: viewer.id });
  return after;
}

/** Let today's question pass (or take that back). Private in what it says: only that you skipped. */
export async function skipDaily(deps: DomainDeps, viewer: UserRecord, day: string, skip: boolean): Promise<DailyState> {
  assertAboutToday(day, deps.now());
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "The daily question is for two: link with your partner first.");
  const mine = (await deps.store.answers.forCoupleDay(couple.id, day)).some((a) => a.userId === viewer.id);
  if (mine && skip) throw new DomainError("conflict", "You've already answered today's question.");
  await deps.store.dailyChoices.setSkip(viewer.id, day, skip, deps.now());
  await deps.events.publish({ coupleId: couple.id, type: "answer", id: `skip-${day}`, actorId: viewer.id });
  return stateFor(deps, viewer, day);
}

export interface QuestionSettings {
  /** What this person chose. */
  sets: Assumption[];
  roughPatch: boolean;
  /** What is on for the couple: the sets both chose. */
  active: Assumption[];
}

export async function questionSettings(deps: DomainDeps, viewer: UserRecord): Promise<QuestionSettings> {
  const mine = await deps.store.dailyChoices.prefs(viewer.id);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  const { context } = await coupleContext(deps, couple ? [viewer.id, couple.partnerId] : [viewer.id]);
  return { sets: ASSUMPTIONS.filter((t) => mine.sets.includes(t)), roughPatch: mine.roughPatch, active: couple ? context : [] };
}

export async function changeQuestionSettings(
  deps: DomainDeps,
  viewer: UserRecord,
  next: { sets: Assumption[]; roughPatch: boolean },
): Promise<QuestionSettings> {
  await deps.store.dailyChoices.setPrefs(viewer.id, next, deps.now());
  return questionSettings(deps, viewer);
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
