import {
  applyRepairAction,
  expectedActions,
  FINAL_STEPS,
  parseRepairState,
  raisesSafetyConcern,
  repairActionSchemas,
  REPAIR_RESTART_AFTER_MS,
  startRepair,
  type Person,
  type RepairState,
} from "@attune/shared";
import { UniqueViolation, type RepairRecord, type UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError, notFound } from "./errors.ts";
import { newId } from "./ids.ts";

export interface RepairSession extends Omit<RepairRecord, "state"> {
  state: RepairState;
  me: Person;
  names: { a: string; b: string };
  expected: ReturnType<typeof expectedActions>;
  /**
   * True only in the answer to the person whose own safety answers just raised a concern:
   * their screen shows help. Never stored, never in anyone else's view or in any event.
   */
  privateHelp: boolean;
}

const isFinal = (state: RepairState) => FINAL_STEPS.includes(state.step);

async function present(deps: DomainDeps, r: RepairRecord, viewerId: string): Promise<RepairSession> {
  const parsed = parseRepairState(r.state);
  if (!parsed.ok) throw new Error(`stored repair ${r.id} has an invalid state`);
  const [a, b] = await Promise.all([deps.store.users.findById(r.aId), deps.store.users.findById(r.bId)]);
  return {
    ...r,
    state: parsed.state,
    me: r.aId === viewerId ? "a" : "b",
    names: { a: a?.displayName ?? "", b: b?.displayName ?? "" },
    expected: expectedActions(parsed.state),
    privateHelp: false,
  };
}

/**
 * When the couple may start guided repair again: a check that did not go ahead (for
 * whatever reason, and nobody is told which) holds new starts back for a day, so nobody
 * can ask the other again at once. Null when they may start now.
 */
export async function repairRestartAt(deps: DomainDeps, coupleId: string): Promise<number | null> {
  const latest = await deps.store.repairs.latestForCouple(coupleId);
  if (!latest || latest.open) return null;
  const parsed = parseRepairState(latest.state);
  if (!parsed.ok || parsed.state.step !== "not_started") return null;
  const at = latest.updatedAt + REPAIR_RESTART_AFTER_MS;
  return at > deps.now() ? at : null;
}

/** A repair the viewer takes part in, within their current couple; otherwise it does not exist. */
async function readable(deps: DomainDeps, viewerId: string, id: string): Promise<RepairRecord> {
  const r = await deps.store.repairs.findById(id);
  const couple = await deps.store.couples.activeForUser(viewerId);
  if (!r || !couple || r.coupleId !== couple.id || (r.aId !== viewerId && r.bId !== viewerId)) throw notFound("That repair");
  return r;
}

export async function startRepairSession(deps: DomainDeps, viewer: UserRecord, mode: "together" | "apart"): Promise<RepairSession> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "Repair is something two people do together: link with your partner first.");
  const restartAt = await repairRestartAt(deps, couple.id);
  if (restartAt !== null)
    throw new DomainError("conflict", "Guided repair can't start again yet: it will be ready a day after the last check. A pause gives you both room.");
  const now = deps.now();
  const record: RepairRecord = {
    id: newId(),
    coupleId: couple.id,
    aId: viewer.id,
    bId: couple.partnerId,
    mode,
    state: startRepair(),
    open: true,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await deps.store.repairs.create(record);
  } catch (error) {
    if (error instanceof UniqueViolation) throw new DomainError("conflict", "You already have a repair open: pick it up where you left off, or end it first.");
    throw error;
  }
  await deps.events.publish({ coupleId: couple.id, type: "repair", id: record.id, actorId: viewer.id });
  return present(deps, record, viewer.id);
}

/** The couple's open repair, if any, and when a new one may start: "none" is an answer, not an error. */
export async function currentRepair(deps: DomainDeps, viewer: UserRecord): Promise<{ repair: RepairSession | null; restartAt: number | null }> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return { repair: null, restartAt: null };
  const r = await deps.store.repairs.openForCouple(couple.id);
  return { repair: r ? await present(deps, r, viewer.id) : null, restartAt: r ? null : await repairRestartAt(deps, couple.id) };
}

export async function getRepair(deps: DomainDeps, viewer: UserRecord, id: string): Promise<RepairSession> {
  return present(deps, await readable(deps, viewer.id, id), viewer.id);
}

/**
 * Applies one step. Each person acts as themselves; on one shared screen ("together")
 * the device may act for both, since both sit in front of it.
 */
export async function actOnRepair(deps: DomainDeps, viewer: UserRecord, id: string, action: unknown): Promise<RepairSession> {
  const r = await readable(deps, viewer.id, id);
  const me: Person = r.aId === viewer.id ? "a" : "b";
  const by = typeof action === "object" && action !== null ? (action as { by?: unknown }).by : undefined;
  if (r.mode === "apart" && by !== undefined && by !== me) {
    throw new DomainError("forbidden", "On your own device you can only take your own turns.");
  }
  const parsed = parseRepairState(r.state);
  if (!parsed.ok) throw new Error(`stored repair ${r.id} has an invalid state`);
  const result = applyRepairAction(parsed.state, action);
  if (!result.ok) {
    if (result.error.code === "invalid_action") throw new DomainError("validation_failed", result.error.message);
    throw new DomainError("conflict", result.error.message);
  }
  const open = !isFinal(result.state);
  const saved = await deps.store.repairs.saveState(r.id, r.version, result.state, open, deps.now());
  if (!saved) throw new DomainError("conflict", "Your partner just took a step too; here is where you both are now. Try again.");
  await deps.events.publish({ coupleId: r.coupleId, type: "repair", id: r.id, actorId: viewer.id });
  const fresh = await deps.store.repairs.findById(r.id);
  if (!fresh) throw notFound("That repair");
  // Only the answer to the concerned person's own request says so; the state does not.
  const answered = repairActionSchemas.answer_safety.safeParse(action);
  const privateHelp = answered.success && raisesSafetyConcern(answered.data.answers) && result.state.step === "not_started";
  return { ...(await present(deps, fresh, viewer.id)), privateHelp };
}
