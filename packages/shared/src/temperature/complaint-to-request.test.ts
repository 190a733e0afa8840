import { describe, expect, it } from "vitest";
import { checkComplaint } from "./complaint-to-request.ts";

const ids = (text: string) => checkComplaint(text).notes.map((n) => n.id);

describe("the complaint step's helper", () => {
  it("turns “you never …” into a request for that very thing", () => {
    const check = checkComplaint("You never ask about my day.");
    expect(check.notes.map((n) => n.id)).toEqual(["absolute", "no_request"]);
    expect(check.suggestion).toBe("When … , I felt … . Would you be willing to ask about my day … ?");
  });

  it("does not build a request from what “always” complains about", () => {
    const check = checkComplaint("You always leave your shoes in the hall and I trip over them");
    expect(check.notes[0]?.id).toBe("absolute");
    expect(check.suggestion).not.toMatch(/leave your shoes/);
  });

  it("points at the exact words of a verdict on the person", () => {
    const text = "Honestly you're so selfish with the car.";
    const verdict = checkComplaint(text).notes.find((n) => n.id === "verdict");
    expect(verdict && text.slice(verdict.start, verdict.end)).toBe("you're so selfish");
  });

  it("stays quiet for a complaint that already asks", () => {
    expect(ids("When the dishes stayed in the sink overnight I felt tired. Would you be willing to do them before bed?")).toEqual([]);
    expect(checkComplaint("I'd love it if we could plan Sunday together.").suggestion).toBeNull();
  });

  it("asks for a request when there is none, but not for a few words still being typed", () => {
    expect(ids("The bins were full again this week.")).toEqual(["no_request"]);
    expect(ids("The bins")).toEqual([]);
  });
});
