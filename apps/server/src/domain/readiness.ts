import { READINESS_VERSION, readinessResultSchema, scoreReadiness, type ReadinessAnswers, type ReadinessResult } from "@attune/shared";
import type { ReadinessRecord, UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { notFound } from "./errors.ts";
import { newId } from "./ids.ts";

export interface ReadinessTaken extends Omit<ReadinessRecord, "result"> {
  result: ReadinessResult;
}

/** Stored results are re-read through the schema, so a malformed row never reaches a person. */
function withResult(r: ReadinessRecord): ReadinessTaken {
  return { ...r, result: readinessResultSchema.parse(r.result) };
}

export async function takeReadiness(deps: DomainDeps, viewer: UserRecord, answers: ReadinessAnswers): Promise<ReadinessTaken> {
  const record: ReadinessRecord = {
    id: newId(),
    userId: viewer.id,
    version: READINESS_VERSION,
    answers,
    result: scoreReadiness(answers),
    // Never shared by default: sharing is a choice made after seeing the result.
    shared: false,
    createdAt: deps.now(),
  };
  await deps.store.readiness.create(record);
  return withResult(record);
}

export async function myReadiness(deps: DomainDeps, viewer: UserRecord): Promise<ReadinessTaken[]> {
  return (await deps.store.readiness.forUser(viewer.id, false)).map(withResult);
}

async function ownResult(deps: DomainDeps, viewerId: string, id: string): Promise<ReadinessRecord> {
  const r = await deps.store.readiness.findById(id);
  if (!r || r.userId !== viewerId) throw notFound("That result");
  return r;
}

export async function shareReadiness(deps: DomainDeps, viewer: UserRecord, id: string, shared: boolean): Promise<ReadinessTaken> {
  const r = await ownResult(deps, viewer.id, id);
  await deps.store.readiness.setShared(id, shared);
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (couple) await deps.events.publish({ coupleId: couple.id, type: "readiness", id, actorId: viewer.id });
  return withResult({ ...r, shared });
}

export async function deleteReadiness(deps: DomainDeps, viewer: UserRecord, id: string): Promise<void> {
  const r = await ownResult(deps, viewer.id, id);
  await deps.store.readiness.delete(id);
  // A shared result disappears from the partner's screen too.
  const couple = r.shared ? await deps.store.couples.activeForUser(viewer.id) : undefined;
  if (couple) await deps.events.publish({ coupleId: couple.id, type: "readiness", id, actorId: viewer.id });
}

/** The partner's results they chose to share; nothing when not linked. */
export async function partnerReadiness(deps: DomainDeps, viewer: UserRecord): Promise<{ linked: boolean; results: ReadinessTaken[] }> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return { linked: false, results: [] };
  return { linked: true, results: (await deps.store.readiness.forUser(couple.partnerId, true)).map(withResult) };
}

/** The growth area of the latest result, for recommendations. */
export async function latestGrowthArea(deps: DomainDeps, userId: string): Promise<string | null> {
  const [latest] = await deps.store.readiness.forUser(userId, false);
  if (!latest) return null;
  const parsed = readinessResultSchema.safeParse(latest.result);
  return parsed.success ? parsed.data.growth.subscale : null;
}
