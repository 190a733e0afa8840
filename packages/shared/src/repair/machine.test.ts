import { describe, expect, it } from "vitest";
import { REPAIR_ERROR_CODES, type RepairErrorCode } from "./errors.ts";
import { applyRepairAction, expectedActions, parseRepairState, startRepair } from "./machine.ts";
import {
  MAX_REFLECTIONS,
  REPAIR_STEPS,
  SAFETY_QUESTION_IDS,
  type Person,
  type RepairActionInput,
  type RepairActionType,
  type RepairState,
  type RepairStep,
} from "./schema.ts";

const clear = Object.fromEntries(SAFETY_QUESTION_IDS.map((q) => [q, "no"])) as Record<(typeof SAFETY_QUESTION_IDS)[number], "no">;
const telling = { happened: "The plans changed at the last minute.", felt: { mad: 1, sad: 2, glad: 0, fear: 1 }, needed: "To be asked first." };

/** A valid body for every action type, for the given person. */
function body(type: RepairActionType, by: Person): RepairActionInput {
  switch (type) {
    case "answer_safety":
      return { type, by, answers: clear };
    case "not_now":
      return { type, by };
    case "tell":
      return { type, by, telling };
    case "reflect":
      return { type, by, text: "What I heard is that you felt left out." };
    case "not_quite":
      return { type, by, clarification: "It was more about feeling unimportant." };
    case "own_part":
      return { type, by, text: "My part was not asking first." };
    case "apologise":
      return { type, by, text: "I'm sorry I left you feeling unimportant." };
    case "propose_agreement":
      return { type, by, text: `We ask each other first (${by}).` };
    default:
      return { type, by };
  }
}
const ALL_TYPES: RepairActionType[] = [
  "answer_safety",
  "not_now",
  "agree_to_talk",
  "tell",
  "reflect",
  "confirm_heard",
  "not_quite",
  "own_part",
  "apologise",
  "pass_apology",
  "propose_agreement",
  "accept_agreement",
  "pause",
  "resume",
  "end",
];

function act(state: RepairState, action: RepairActionInput): RepairState {
  const r = applyRepairAction(state, action);
  if (!r.ok) throw new Error(`${action.type} by ${action.by} at ${state.step}: ${r.error.code}`);
  return r.state;
}
function refuse(state: RepairState, action: unknown): RepairErrorCode {
  const r = applyRepairAction(state, action);
  if (r.ok) throw new Error(`expected a refusal at ${state.step}, got ${r.state.step}`);
  return r.error.code;
}
const run = (actions: RepairActionInput[], from = startRepair()) => actions.reduce(act, from);

/** The happy path, with one "not quite" loop on each side; returns every state visited. */
function happyPath(): RepairState[] {
  const steps: RepairActionInput[] = [
    body("answer_safety", "a"),
    body("answer_safety", "b"),
    body("agree_to_talk", "b"),
    body("agree_to_talk", "a"),
    body("tell", "a"),
    body("reflect", "b"),
    body("not_quite", "a"),
    body("reflect", "b"),
    body("confirm_heard", "a"),
    body("tell", "b"),
    body("reflect", "a"),
    body("not_quite", "b"),
    body("reflect", "a"),
    body("confirm_heard", "b"),
    body("own_part", "b"),
    body("own_part", "a"),
    body("apologise", "a"),
    body("pass_apology", "b"),
    body("propose_agreement", "a"),
    body("propose_agreement", "b"),
    body("accept_agreement", "a"),
  ];
  const states = [startRepair()];
  for (const s of steps) states.push(act(states.at(-1)!, s));
  return states;
}
const at = (step: RepairStep) => happyPath().find((s) => s.step === step)!;

describe("repair: the happy path", () => {
  it("walks every step in order and ends done with everything recorded", () => {
    const seen = happyPath()
      .map((s) => s.step)
      .filter((s, i, all) => all[i - 1] !== s);
    expect(seen).toEqual(["safety_check", "pause_and_agree", "tell_a", "reflect_b", "tell_b", "reflect_a", "own_part", "apology", "agreement", "done"]);
    const end = happyPath().at(-1)!;
    expect(end.sides.a.heard && end.sides.b.heard).toBe(true);
    expect(end.sides.a.reflections).toHaveLength(2);
    expect(end.sides.a.clarifications).toEqual(["It was more about feeling unimportant."]);
    expect(end.sides.b.telling?.felt.sad).toBe(2);
    expect(end.ownPart).toEqual({ a: "My part was not asking first.", b: "My part was not asking first." });
    expect(end.apology).toEqual({ a: { kind: "offered", text: "I'm sorry I left you feeling unimportant." }, b: { kind: "passed" } });
    // b's counter-proposal replaced a's, and a accepted it.
    expect(end.agreement).toEqual({ text: "We ask each other first (b).", proposedBy: "b", accepted: true });
  });

  it("never changes the state it is given (pure)", () => {
    const s = at("reflect_b");
    const before = JSON.stringify(s);
    act(s, body("reflect", "b"));
    refuse(s, body("tell", "b"));
    expect(JSON.stringify(s)).toBe(before);
  });

  it("says who may act, and every listed action succeeds while every other one is refused", () => {
    for (const state of happyPath()) {
      const expected = expectedActions(state);
      for (const by of ["a", "b"] as const)
        for (const type of ALL_TYPES) {
          const listed = expected.find((e) => e.by === by)?.types.includes(type) ?? false;
          const r = applyRepairAction(state, body(type, by));
          expect(r.ok, `${state.step}${state.sides.a.awaitingConfirmation ? "*" : ""}: ${type} by ${by}`).toBe(listed);
        }
    }
  });
});

describe("repair: the safety check comes first and cannot be bypassed", () => {
  it("starts at the safety check, asking both people", () => {
    const s = startRepair();
    expect(s.step).toBe("safety_check");
    expect(
      expectedActions(s)
        .filter((e) => e.types.includes("answer_safety"))
        .map((e) => e.by),
    ).toEqual(["a", "b"]);
  });

  it("waits for both before anything else", () => {
    const one = run([body("answer_safety", "b")]);
    expect(one.step).toBe("safety_check");
    expect(one.safety).toEqual({ a: false, b: true });
    expect(act(one, body("answer_safety", "a")).step).toBe("pause_and_agree");
  });

  it.each(SAFETY_QUESTION_IDS.flatMap((q) => (["a", "b"] as const).flatMap((by) => (["yes", "not_sure"] as const).map((answer) => [q, by, answer] as const))))(
    '%s answered %s by %s... stops the flow, exactly as a "not now" would',
    (question, by, answer) => {
      for (const first of [true, false]) {
        // Whether the concerned person answers first or second.
        const start = first ? startRepair() : run([body("answer_safety", by === "a" ? "b" : "a")]);
        const s = act(start, { type: "answer_safety", by, answers: { ...clear, [question]: answer } });
        expect(s.step).toBe("not_started");
        // The saved state does not say who answered, or what: it is the very state a "not now" leaves.
        expect(s.safety).toEqual({ a: false, b: false });
        expect(JSON.stringify(s)).not.toMatch(/yes|not_sure|afraid|hurt/);
        expect(s).toEqual(act(start, { type: "not_now", by }));
        expect(s).toEqual(act(start, { type: "end", by }));
      }
    },
  );

  it("stays stopped: no action of anyone can restart it", () => {
    const stopped = run([{ type: "answer_safety", by: "a", answers: { ...clear, afraid: "yes" } }]);
    for (const by of ["a", "b"] as const) for (const type of ALL_TYPES) expect(refuse(stopped, body(type, by)), type).toBe("finished");
    expect(expectedActions(stopped)).toEqual([]);
  });

  it("refuses every other step's action during the check", () => {
    const s = startRepair();
    for (const type of ALL_TYPES.filter((t) => !["answer_safety", "not_now", "pause", "resume", "end"].includes(t)))
      expect(refuse(s, body(type, "a")), type).toBe("wrong_step");
  });

  it("refuses a partial or malformed check, and a second answer", () => {
    const { cannot_say_no: _left, ...partial } = clear;
    expect(refuse(startRepair(), { type: "answer_safety", by: "a", answers: partial })).toBe("invalid_action");
    expect(refuse(startRepair(), { type: "answer_safety", by: "a", answers: { ...clear, afraid: "maybe" } })).toBe("invalid_action");
    expect(refuse(startRepair(), { type: "answer_safety", by: "a", answers: { ...clear, extra: "no" } })).toBe("invalid_action");
    expect(refuse(run([body("answer_safety", "a")]), body("answer_safety", "a"))).toBe("already_done");
  });

  it("a paused check still leads only to the check", () => {
    const s = run([body("answer_safety", "a"), body("pause", "b"), body("resume", "b")]);
    expect(s.step).toBe("safety_check");
    expect(act(s, { type: "answer_safety", by: "b", answers: { ...clear, controlled: "yes" } }).step).toBe("not_started");
  });

  it('ending during the check, or saying "not now", leaves the flow not started', () => {
    const s = run([body("end", "a")]);
    expect(s.step).toBe("not_started");
    expect(run([body("answer_safety", "a"), body("not_now", "b")])).toEqual(run([body("not_now", "a")]));
    expect(refuse(s, body("answer_safety", "b"))).toBe("finished");
  });

  it("reads a state saved before the rename as the same neutral outcome", () => {
    const legacy = { ...startRepair(), step: "stopped_for_safety" };
    const loaded = parseRepairState(JSON.parse(JSON.stringify(legacy)));
    expect(loaded.ok && loaded.state.step).toBe("not_started");
  });

  it("refuses a forged state that skips the check, whether loaded or passed directly", () => {
    const forged = { ...startRepair(), step: "tell_a" as const };
    const loaded = parseRepairState(JSON.parse(JSON.stringify(forged)));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe("invalid_state");
    expect(refuse(forged, body("tell", "a"))).toBe("safety_check_required");
    expect(refuse({ ...forged, safety: { a: true, b: false } }, body("tell", "a"))).toBe("safety_check_required");
  });
});

describe("repair: turns and invalid transitions", () => {
  it("agreeing to talk needs both, once each", () => {
    const s = act(at("pause_and_agree"), body("agree_to_talk", "a"));
    expect(s.step).toBe("pause_and_agree");
    expect(refuse(s, body("agree_to_talk", "a"))).toBe("already_done");
    expect(refuse(s, body("tell", "a"))).toBe("wrong_step");
    expect(act(s, body("agree_to_talk", "b")).step).toBe("tell_a");
  });

  it("only the teller tells, and a telling needs at least one feeling", () => {
    expect(refuse(at("tell_a"), body("tell", "b"))).toBe("out_of_turn");
    expect(refuse(at("tell_a"), { type: "tell", by: "a", telling: { ...telling, felt: { mad: 0, sad: 0, glad: 0, fear: 0 } } })).toBe("invalid_action");
    expect(refuse(at("tell_a"), { type: "tell", by: "a", telling: { ...telling, happened: "   " } })).toBe("invalid_action");
    expect(refuse(at("tell_a"), body("reflect", "b"))).toBe("wrong_step");
    expect(refuse(at("tell_b"), body("tell", "a"))).toBe("out_of_turn");
  });

  it("in reflecting, the listener reflects and only the teller confirms", () => {
    const s = at("reflect_b");
    expect(refuse(s, body("reflect", "a"))).toBe("out_of_turn");
    expect(refuse(s, body("confirm_heard", "a"))).toBe("out_of_turn"); // nothing to confirm yet
    expect(refuse(s, body("confirm_heard", "b"))).toBe("out_of_turn");
    const waiting = act(s, body("reflect", "b"));
    expect(waiting.sides.a.awaitingConfirmation).toBe(true);
    expect(refuse(waiting, body("reflect", "b"))).toBe("out_of_turn");
    expect(refuse(waiting, body("not_quite", "b"))).toBe("out_of_turn");
    const again = act(waiting, body("not_quite", "a"));
    expect(again.step).toBe("reflect_b");
    expect(again.sides.a.awaitingConfirmation).toBe(false);
    expect(act(act(again, body("reflect", "b")), body("confirm_heard", "a")).step).toBe("tell_b");
  });

  it("the loop is bounded: after the maximum, the listener is invited to pause", () => {
    let s = at("reflect_b");
    for (let i = 0; i < MAX_REFLECTIONS; i++) s = act(act(s, body("reflect", "b")), body("not_quite", "a"));
    expect(refuse(s, body("reflect", "b"))).toBe("limit_reached");
    expect(act(s, body("pause", "b")).paused).toEqual({ by: "b" });
  });

  it("each names their own part once; the apology can be offered or passed", () => {
    const s = act(at("own_part"), body("own_part", "a"));
    expect(refuse(s, body("own_part", "a"))).toBe("already_done");
    expect(refuse(s, body("apologise", "a"))).toBe("wrong_step");
    const ap = act(act(s, body("own_part", "b")), body("pass_apology", "b"));
    expect(ap.step).toBe("apology");
    expect(refuse(ap, body("apologise", "b"))).toBe("already_done");
    expect(act(ap, body("pass_apology", "a")).step).toBe("agreement");
  });

  it("an agreement is proposed by one and accepted by the other", () => {
    const s = at("agreement");
    expect(refuse(s, body("accept_agreement", "a"))).toBe("nothing_to_accept");
    const proposed = act(s, body("propose_agreement", "a"));
    expect(refuse(proposed, body("accept_agreement", "a"))).toBe("own_proposal");
    expect(refuse(proposed, { type: "propose_agreement", by: "b", text: "x".repeat(501) })).toBe("invalid_action");
    const done = act(proposed, body("accept_agreement", "b"));
    expect(done.step).toBe("done");
    expect(done.agreement).toEqual({ text: "We ask each other first (a).", proposedBy: "a", accepted: true });
  });

  it("refuses everything once done", () => {
    const done = happyPath().at(-1)!;
    for (const type of ALL_TYPES) expect(refuse(done, body(type, "a")), type).toBe("finished");
  });

  it.each([
    ["an unknown type", { type: "skip_ahead", by: "a" }],
    ["no person", { type: "pause" }],
    ["a third person", { type: "pause", by: "c" }],
    ["an extra field", { type: "pause", by: "a", step: "done" }],
    ["an empty reflection", { type: "reflect", by: "b", text: "" }],
    ["a very long reflection", { type: "reflect", by: "b", text: "x".repeat(2001) }],
    ["not an object", "pause"],
    ["null", null],
  ])("rejects %s as invalid_action", (_why, action) => {
    expect(refuse(at("reflect_b"), action)).toBe("invalid_action");
  });

  it("every error code has a test reason to exist", () => {
    // The codes the tests above produce; a new code needs a test that reaches it.
    const reached: RepairErrorCode[] = [
      "invalid_action",
      "invalid_state",
      "finished",
      "safety_check_required",
      "paused",
      "not_paused",
      "not_yours_to_resume",
      "wrong_step",
      "out_of_turn",
      "already_done",
      "own_proposal",
      "nothing_to_accept",
      "limit_reached",
    ];
    expect([...reached].sort()).toEqual([...REPAIR_ERROR_CODES].sort());
  });
});

describe("repair: pause, resume and end", () => {
  const openSteps = REPAIR_STEPS.filter((s) => !["done", "not_started", "ended"].includes(s));

  it.each(openSteps.map((s) => [s]))("at %s: pause holds everything until the pauser resumes", (step) => {
    const s = at(step as RepairStep);
    const paused = act(s, body("pause", "b"));
    expect(paused.step).toBe(step);
    expect(refuse(paused, body("pause", "a"))).toBe("paused");
    expect(refuse(paused, body("answer_safety", "a"))).toBe("paused");
    expect(refuse(paused, body("resume", "a"))).toBe("not_yours_to_resume");
    expect(expectedActions(paused)).toEqual([
      { by: "b", types: ["resume", "end"] },
      { by: "a", types: ["end"] },
    ]);
    const resumed = act(paused, body("resume", "b"));
    expect(resumed).toEqual(s);
  });

  it.each(openSteps.map((s) => [s]))("at %s: either person can end, even while paused", (step) => {
    const s = at(step as RepairStep);
    // Ending at the check is the check's neutral outcome; later it is an ordinary end.
    const ended = step === "safety_check" ? "not_started" : "ended";
    expect(act(s, body("end", "a")).step).toBe(ended);
    expect(act(act(s, body("pause", "a")), body("end", "b"))).toMatchObject({ step: ended, paused: null });
  });

  it("resume without a pause is refused", () => {
    expect(refuse(at("own_part"), body("resume", "a"))).toBe("not_paused");
  });
});

describe("repair: the state is plain JSON, so any step can be resumed later or elsewhere", () => {
  it("round-trips every state on the path, paused or not", () => {
    for (const s of happyPath()) {
      for (const state of [s, ...(s.step === "done" ? [] : [act(s, body("pause", "a"))])]) {
        const loaded = parseRepairState(JSON.parse(JSON.stringify(state)));
        expect(loaded.ok, state.step).toBe(true);
        if (loaded.ok) expect(loaded.state).toEqual(state);
      }
    }
  });

  it("carries on from a reloaded state exactly as from the original (one device to another)", () => {
    const mid = at("reflect_a");
    const loaded = parseRepairState(JSON.parse(JSON.stringify(mid)));
    if (!loaded.ok) throw new Error("did not load");
    const next = [body("reflect", "a"), body("confirm_heard", "b"), body("own_part", "a")];
    expect(run(next, loaded.state)).toEqual(run(next, mid));
  });

  it("rejects malformed or inconsistent stored states", () => {
    for (const bad of [null, "{}", {}, { ...startRepair(), version: 2 }, { ...startRepair(), step: "somewhere" }, { ...startRepair(), paused: { by: "c" } }]) {
      const r = parseRepairState(bad);
      expect(r.ok).toBe(false);
    }
  });
});
