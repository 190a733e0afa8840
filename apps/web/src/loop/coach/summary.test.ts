import { analyze, type Analysis, type Finding } from "@attune/coach";
import { describe, expect, it } from "vitest";
import { announce, feelingsOf } from "./summary.ts";

const base: Analysis = analyze({ share: "" });
const withFindings = (findings: Finding[], rewrite: string | null = null, starter: string | null = null): { analysis: Analysis } => ({
  analysis: { ...base, findings, rewrite, starter },
});

describe("coach summary", () => {
  it("says nothing without a draft, and says so calmly when there is nothing to point out", () => {
    expect(announce(null)).toBe("");
    expect(announce(withFindings([]))).toBe("Coach: nothing to point out.");
  });

  it("names each pitfall once, then the moves, then the rewrite", () => {
    const f = (kind: "pitfall" | "move", id: string, start: number): Finding => ({ kind, id, start, end: start + 1, why: "" }) as Finding;
    const text = announce(
      withFindings([f("pitfall", "fixing", 0), f("pitfall", "fixing", 5), f("move", "validation", 9), f("pitfall", "minimizing", 12)], "Better."),
    );
    expect(text).toBe("Coach: 2 things might get in the way: Jumping to advice, Making it smaller. Lands warmly: Validating. Your words, trimmed, are ready.");
  });

  it("tells a starter apart from their own words trimmed", () => {
    const f: Finding = { kind: "pitfall", id: "fixing", start: 0, end: 1, why: "" };
    expect(announce(withFindings([f], null, "Oh no, I'm sorry."))).toBe("Coach: one thing might get in the way: Jumping to advice. A place to start is ready.");
  });

  it("prefers the fine feeling words and falls back to the core emotions in plain words", () => {
    expect(feelingsOf(null)).toEqual([]);
    expect(feelingsOf({ ...base, shareFeelingWords: ["anxious", "anxious", "lonely"], shareEmotions: ["fear"] })).toEqual(["anxious", "lonely"]);
    expect(feelingsOf({ ...base, shareFeelingWords: [], shareEmotions: ["fear", "mad", "sad"], shareDepth: "inner" })).toEqual(["afraid", "angry"]);
  });

  it("says less when it only guesses from a share that stays on events", () => {
    // Built by hand: which shares the coach reads as events-only is the coach's business
    // (its learned share model, measured in docs/coach.md); this tests what the summary does with it.
    const joke: Analysis = { ...base, shareFeelingWords: [], shareEmotions: ["glad", "fear"], shareDepth: "surface" };
    expect(feelingsOf(joke)).toEqual(["glad"]);
  });
});
