import {
  FINAL_STEPS,
  MAX_REFLECTIONS,
  other,
  repairActionSchema,
  repairStateSchema,
  SAFETY_QUESTION_IDS,
  type Person,
  type RepairAction,
  type RepairActionType,
  type RepairState,
  type RepairStep,
  type SafetyAnswer,
  type SafetyQuestionId,
  type Side,
} from "./schema.ts";
import { REPAIR_ERROR_MESSAGES, type RepairErrorCode } from "./errors.ts";

export interface RepairError {
  code: RepairErrorCode;
  message: string;
}
export type RepairResult = { ok: true; state: RepairState } | { ok: false; error: RepairError };

const fail = (code: RepairErrorCode, detail?: string): RepairResult => ({
  ok: false,
  error: { code, message: detail ? `${REPAIR_ERROR_MESSAGES[code]} ${detail}` : REPAIR_ERROR_MESSAGES[code] },
});
const ok = (state: RepairState): RepairResult => ({ ok: true, state });

const emptySide = (): Side => ({ telling: null, reflections: [], clarifications: [], awaitingConfirmation: false, heard: false });

/** A new repair, waiting at the safety check. The only way in. */
export function startRepair(): RepairState {
  return {
    version: 1,
    step: "safety_check",
    paused: null,
    safety: { a: false, b: false },
    agreedToTalk: { a: false, b: false },
    sides: { a: emptySide(), b: emptySide() },
    ownPart: { a: null, b: null },
    apology: { a: null, b: null },
    agreement: null,
  };
}

/** Whether a person's own answers to the safety check raise a concern ("not sure" counts). */
export function raisesSafetyConcern(answers: Record<SafetyQuestionId, SafetyAnswer>): boolean {
  return SAFETY_QUESTION_IDS.some((q) => answers[q] !== "no");
}

/** The one outcome of a check that did not go ahead, whatever stopped it: nothing says who or why. */
function notStarted(s: RepairState): RepairState {
  return { ...s, step: "not_started", paused: null, safety: { a: false, b: false } };
}

/** Which actions each step accepts (pause, resume and end are accepted in every open step). */
const STEP_ACTIONS: Record<RepairStep, readonly RepairActionType[]> = {
  safety_check: ["answer_safety", "not_now"],
  pause_and_agree: ["agree_to_talk"],
  tell_a: ["tell"],
  reflect_b: ["reflect", "confirm_heard", "not_quite"],
  tell_b: ["tell"],
  reflect_a: ["reflect", "confirm_heard", "not_quite"],
  own_part: ["own_part"],
  apology: ["apologise", "pass_apology"],
  agreement: ["propose_agreement", "accept_agreement"],
  done: [],
  not_started: [],
  ended: [],
};

/** In a telling or reflecting step: who is telling. */
function tellerOf(step: RepairStep): Person | null {
  if (step === "tell_a" || step === "reflect_b") return "a";
  if (step === "tell_b" || step === "reflect_a") return "b";
  return null;
}

/**
 * Who may act now, and with what. Drives "waiting for your partner" screens: a person
 * whose only options are pause and end is waiting for the other.
 */
export function expectedActions(state: RepairState): { by: Person; types: RepairActionType[] }[] {
  if (FINAL_STEPS.includes(state.step)) return [];
  if (state.paused)
    return [
      { by: state.paused.by, types: ["resume", "end"] },
      { by: other(state.paused.by), types: ["end"] },
    ];
  // Both people can always pause or end an open step; `who` says whose turn the step's own actions are.
  const each = (types: RepairActionType[], who: (p: Person) => boolean) =>
    (["a", "b"] as const).map((p) => ({ by: p, types: [...(who(p) ? types : []), "pause", "end"] as RepairActionType[] }));
  const teller = tellerOf(state.step);
  switch (state.step) {
    case "safety_check":
      return each(["answer_safety", "not_now"], (p) => !state.safety[p]);
    case "pause_and_agree":
      return each(["agree_to_talk"], (p) => !state.agreedToTalk[p]);
    case "tell_a":
    case "tell_b":
      return each(["tell"], (p) => p === teller);
    case "reflect_b":
    case "reflect_a": {
      const side = state.sides[teller!];
      return side.awaitingConfirmation ? each(["confirm_heard", "not_quite"], (p) => p === teller) : each(["reflect"], (p) => p !== teller);
    }
    case "own_part":
      return each(["own_part"], (p) => state.ownPart[p] === null);
    case "apology":
      return each(["apologise", "pass_apology"], (p) => state.apology[p] === null);
    case "agreement": {
      const proposal = state.agreement;
      return each(proposal ? ["propose_agreement", "accept_agreement"] : ["propose_agreement"], () => true).map((e) =>
        proposal && e.by === proposal.proposedBy ? { ...e, types: e.types.filter((t) => t !== "accept_agreement") } : e,
      );
    }
    default:
      return [];
  }
}

/**
 * Applies one action to a repair. Pure: returns a new state or an error with a code;
 * never throws on bad input. `action` may be an untrusted request body.
 *
 * @example
 * let s = startRepair();
 * const r = applyRepairAction(s, { type: "answer_safety", by: "a", answers: { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" } });
 * if (r.ok) s = r.state;
 */
export function applyRepairAction(state: RepairState, action: unknown): RepairResult {
  const parsed = repairActionSchema.safeParse(action);
  if (!parsed.success) return fail("invalid_action", parsed.error.issues[0]?.message);
  const a = parsed.data;

  if (FINAL_STEPS.includes(state.step)) return fail("finished");
  // Defence in depth: whatever the step says, nothing proceeds without both safety checks.
  if (state.step !== "safety_check" && !(state.safety.a && state.safety.b)) return fail("safety_check_required");

  // Ending at the check is a "not now": the partner sees one outcome however the check stopped.
  if (a.type === "end") return ok(state.step === "safety_check" ? notStarted(state) : { ...state, step: "ended", paused: null });
  if (a.type === "resume") {
    if (!state.paused) return fail("not_paused");
    if (state.paused.by !== a.by) return fail("not_yours_to_resume");
    return ok({ ...state, paused: null });
  }
  if (state.paused) return fail("paused");
  if (a.type === "pause") return ok({ ...state, paused: { by: a.by } });

  if (!STEP_ACTIONS[state.step].includes(a.type)) return fail("wrong_step");
  const allowed = expectedActions(state).find((e) => e.by === a.by)?.types ?? [];
  if (!allowed.includes(a.type)) return fail(alreadyDone(state, a) ? "already_done" : turnError(state, a));
  return step(state, a);
}

/** Whether the person has already done their part of a both-people step. */
function alreadyDone(state: RepairState, a: RepairAction): boolean {
  switch (state.step) {
    case "safety_check":
      return state.safety[a.by];
    case "pause_and_agree":
      return state.agreedToTalk[a.by];
    case "own_part":
      return state.ownPart[a.by] !== null;
    case "apology":
      return state.apology[a.by] !== null;
    default:
      return false;
  }
}

function turnError(state: RepairState, a: RepairAction): RepairErrorCode {
  if (state.step === "agreement" && a.type === "accept_agreement") return state.agreement ? "own_proposal" : "nothing_to_accept";
  return "out_of_turn";
}

/** The transition itself, once the action is known to be valid here and now. */
function step(s: RepairState, a: RepairAction): RepairResult {
  switch (a.type) {
    case "not_now":
      return ok(notStarted(s));
    case "answer_safety": {
      // Any concern stops the flow, exactly as a "not now" does. The record of who answered is cleared.
      if (raisesSafetyConcern(a.answers)) return ok(notStarted(s));
      const safety = { ...s.safety, [a.by]: true };
      return ok({ ...s, safety, step: safety.a && safety.b ? "pause_and_agree" : s.step });
    }
    case "agree_to_talk": {
      const agreedToTalk = { ...s.agreedToTalk, [a.by]: true };
      return ok({ ...s, agreedToTalk, step: agreedToTalk.a && agreedToTalk.b ? "tell_a" : s.step });
    }
    case "tell": {
      const sides = { ...s.sides, [a.by]: { ...s.sides[a.by], telling: a.telling } };
      return ok({ ...s, sides, step: a.by === "a" ? "reflect_b" : "reflect_a" });
    }
    case "reflect": {
      const teller = other(a.by);
      const side = s.sides[teller];
      if (side.reflections.length >= MAX_REFLECTIONS) return fail("limit_reached");
      const next: Side = { ...side, reflections: [...side.reflections, a.text], awaitingConfirmation: true };
      return ok({ ...s, sides: { ...s.sides, [teller]: next } });
    }
    case "not_quite": {
      const side = s.sides[a.by];
      const next: Side = { ...side, clarifications: [...side.clarifications, a.clarification], awaitingConfirmation: false };
      return ok({ ...s, sides: { ...s.sides, [a.by]: next } });
    }
    case "confirm_heard": {
      const next: Side = { ...s.sides[a.by], awaitingConfirmation: false, heard: true };
      return ok({ ...s, sides: { ...s.sides, [a.by]: next }, step: a.by === "a" ? "tell_b" : "own_part" });
    }
    case "own_part": {
      const ownPart = { ...s.ownPart, [a.by]: a.text };
      return ok({ ...s, ownPart, step: ownPart.a !== null && ownPart.b !== null ? "apology" : s.step });
    }
    case "apologise":
    case "pass_apology": {
      const entry = a.type === "apologise" ? ({ kind: "offered", text: a.text } as const) : ({ kind: "passed" } as const);
      const apology = { ...s.apology, [a.by]: entry };
      return ok({ ...s, apology, step: apology.a !== null && apology.b !== null ? "agreement" : s.step });
    }
    case "propose_agreement":
      // A new proposal replaces an unaccepted one: that is how the two settle on wording.
      return ok({ ...s, agreement: { text: a.text, proposedBy: a.by, accepted: false } });
    case "accept_agreement":
      return ok({ ...s, agreement: { ...s.agreement!, accepted: true }, step: "done" });
    default:
      return fail("wrong_step");
  }
}

/** States saved before "not_started" named the same outcome "stopped_for_safety". */
function withCurrentStepNames(input: unknown): unknown {
  if (typeof input !== "object" || input === null || !("step" in input) || input.step !== "stopped_for_safety") return input;
  return { ...input, step: "not_started" };
}

/** Reads a stored state (e.g. from JSON); rejects anything malformed or inconsistent. */
export function parseRepairState(input: unknown): { ok: true; state: RepairState } | { ok: false; error: RepairError } {
  const r = repairStateSchema.safeParse(withCurrentStepNames(input));
  return r.success
    ? { ok: true, state: r.data }
    : { ok: false, error: { code: "invalid_state", message: `${REPAIR_ERROR_MESSAGES.invalid_state} ${r.error.issues[0]?.message ?? ""}`.trim() } };
}
