import { READINESS_VERSION, readinessResultSchema, scoreReadiness, type ReadinessAnswers, type ReadinessResult } from "@attune/shared";
import type { ReadinessRecord, UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError, notFound } from "./errors.ts";
import { newId } from "./ids.ts";

export interface ReadinessTaken extends Omit<ReadinessRecord, "result"> {
  result: ReadinessResult;
  /** Shared with the couple the viewer is in now (a share made in an earlier couple is not). */
  shared: boolean;
}

/** Stored results are re-read through the schema, so a malformed row never reaches a person. */
function withResult(r: ReadinessRecord, currentCoupleId: string | undefined): ReadinessTaken {
  return { ...r, result: readinessResultSchema.parse(r.result), shared: r.sharedCoupleId !== null && r.sharedCoupleId === currentCoupleId };
}

export async function takeReadiness(deps: DomainDeps, viewer: UserRecord, answers: ReadinessAnswers): Promise<ReadinessTaken> {
  const record: ReadinessRecord = {
    id: newId(),
    userId: viewer.id,
    version: READINESS_VERSION,
    answers,
    result: scoreReadiness(answers),
    // Never shared by default: sharing is a choice made after seeing the result.
    sharedCoupleId: null,
    createdAt: deps.now(),
  };
  await deps.store.readiness.create(record);
  return withResult(record, undefined);
}

export async function myReadiness(deps: DomainDeps, viewer: UserRecord): Promise<ReadinessTaken[]> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  return (await deps.store.readiness.forUser(viewer.id)).map((r) => withResult(r, couple?.id));
}

async function ownResult(deps: DomainDeps, viewerId: string, id: string): Promise<ReadinessRecord> {
  const r = await deps.store.readiness.findById(id);
  if (!r || r.userId !== viewerId) throw notFound("That result");
  return r;
}

export async function shareReadiness(deps: DomainDeps, viewer: UserRecord, id: string, shared: boolean): Promise<ReadinessTaken> {
  const r = await ownResult(deps, viewer.id, id);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (shared && !couple) throw new DomainError("conflict", "Link with your partner first: a result is shared with the partner you are linked with now.");
  const sharedCoupleId = shared && couple ? couple.id : null;
  const wasVisible = r.sharedCoupleId !== null && r.sharedCoupleId === couple?.id;
  await deps.store.readiness.setSharedCouple(id, sharedCoupleId);
  // The partner hears of a change only to what they can see; a private result's id never reaches them.
  if (couple && (shared || wasVisible)) await deps.events.publish({ coupleId: couple.id, type: "readiness", id, actorId: viewer.id });
  return withResult({ ...r, sharedCoupleId }, couple?.id);
}

export async function deleteReadiness(deps: DomainDeps, viewer: UserRecord, id: string): Promise<void> {
  const r = await ownResult(deps, viewer.id, id);
  await deps.store.readiness.delete(id);
  // A shared result disappears from the partner's screen too.
  const couple = r.sharedCoupleId !== null ? await deps.store.couples.activeForUser(viewer.id) : undefined;
  if (couple && couple.id === r.sharedCoupleId) await deps.events.publish({ coupleId: couple.id, type: "readiness", id, actorId: viewer.id });
}

/** The partner's results they chose to share; nothing when not linked. */
export async function partnerReadiness(deps: DomainDeps, viewer: UserRecord): Promise<{ linked: boolean; results: ReadinessTaken[] }> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return { linked: false, results: [] };
  return { linked: true, results: (await deps.store.readiness.forUser(couple.partnerId, couple.id)).map((r) => withResult(r, couple.id)) };
}

/** The growth area of the latest result, for recommendations. */
export async function latestGrowthArea(deps: DomainDeps, userId: string): Promise<string | null> {
  const [latest] = await deps.store.readiness.forUser(userId);
  if (!latest) return null;
  const parsed = readinessResultSchema.safeParse(latest.result);
  return parsed.success ? (parsed.data.growth?.subscale ?? null) : null;
}
