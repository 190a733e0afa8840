import { applyRepairAction, expectedActions, startRepair, type RepairActionInput, type RepairState } from "@attune/shared";
import { describe, expect, it } from "vitest";
import type { RepairView } from "./api.ts";
import { actorOf, progressOf, tellingText, waitingLine } from "./wording.ts";

const NO = { afraid: "no", hurt_or_threatened: "no", controlled: "no", cannot_say_no: "no" } as const;

function viewOf(state: RepairState, mode: RepairView["mode"], me: RepairView["me"]): RepairView {
  return {
    id: "r1",
    mode,
    me,
    names: { a: "Cara", b: "Dan" },
    step: state.step,
    state,
    expected: expectedActions(state),
    privateHelp: false,
    createdAt: "",
    updatedAt: "",
  };
}

function run(...actions: RepairActionInput[]): RepairState {
  let s = startRepair();
  for (const action of actions) {
    const r = applyRepairAction(s, action);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

describe("who acts on this screen", () => {
  it("apart: only me, and only when the step asks something of me", () => {
    const s = run({ type: "answer_safety", by: "a", answers: NO });
    expect(actorOf(viewOf(s, "apart", "a"))).toBeNull();
    expect(actorOf(viewOf(s, "apart", "b"))).toBe("b");
    expect(waitingLine(viewOf(s, "apart", "a"))).toContain("Waiting for Dan");
  });

  it("together: a before b in both-people steps, then whoever's turn it is", () => {
    const start = startRepair();
    expect(actorOf(viewOf(start, "together", "b"))).toBe("a");
    const s = run({ type: "answer_safety", by: "a", answers: NO });
    expect(actorOf(viewOf(s, "together", "a"))).toBe("b");
    const telling = run(
      { type: "answer_safety", by: "a", answers: NO },
      { type: "answer_safety", by: "b", answers: NO },
      { type: "agree_to_talk", by: "a" },
      { type: "agree_to_talk", by: "b" },
      { type: "tell", by: "a", telling: { happened: "It happened.", felt: { mad: 0, sad: 2, glad: 0, fear: 1 } } },
    );
    // The listener reflects first, then the teller answers.
    expect(actorOf(viewOf(telling, "together", "a"))).toBe("b");
    const reflected = applyRepairAction(telling, { type: "reflect", by: "b", text: "You felt sad." });
    expect(reflected.ok && actorOf(viewOf(reflected.state, "together", "b"))).toBe("a");
  });

  it("nobody acts while paused or after the end", () => {
    const paused = run({ type: "pause", by: "a" });
    expect(actorOf(viewOf(paused, "together", "a"))).toBeNull();
    const ended = run({ type: "end", by: "b" });
    expect(actorOf(viewOf(ended, "apart", "a"))).toBeNull();
    expect(progressOf(viewOf(ended, "apart", "a"))).toBeNull();
  });
});

describe("wording", () => {
  it("puts a telling into one text for the coach, feelings named with their strength", () => {
    const text = tellingText({ happened: "You left early.", felt: { mad: 1, sad: 0, glad: 0, fear: 3 }, feelingWords: "abandoned", needed: "A goodbye." });
    expect(text.split("\n")).toEqual([
      "You left early.",
      "I felt mad (a little), afraid (strongly).",
      "In my own words: abandoned.",
      "What I needed: A goodbye.",
    ]);
    expect(tellingText({ happened: "Only this.", felt: { mad: 0, sad: 1, glad: 0, fear: 0 }, feelingWords: "", needed: "" })).toBe(
      "Only this.\nI felt sad (a little).",
    );
  });

  it("numbers the steps with names", () => {
    const s = run(
      { type: "answer_safety", by: "a", answers: NO },
      { type: "answer_safety", by: "b", answers: NO },
      { type: "agree_to_talk", by: "a" },
      { type: "agree_to_talk", by: "b" },
    );
    expect(progressOf(viewOf(s, "apart", "b"))).toEqual({ index: 3, total: 9, label: "Cara tells their side" });
    expect(waitingLine(viewOf(s, "apart", "b"))).toContain("Cara is writing their side");
  });
});
