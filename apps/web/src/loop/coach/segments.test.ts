import type { Finding } from "@attune/coach";
import { describe, expect, it } from "vitest";
import { segmentsOf } from "./segments.ts";

const pitfall = (start: number, end: number): Finding => ({ kind: "pitfall", id: "fixing", start, end, why: "w" });
const move = (start: number, end: number): Finding => ({ kind: "move", id: "validation", start, end, why: "w" });

describe("segmentsOf", () => {
  it("returns the whole text unmarked without findings", () => {
    expect(segmentsOf("hello", [])).toEqual([{ text: "hello", start: 0, mark: null }]);
    expect(segmentsOf("", [])).toEqual([]);
  });

  it("marks exactly the span of a finding and keeps every character once", () => {
    const text = "That sounds hard. You should rest.";
    const segs = segmentsOf(text, [move(0, 17), pitfall(18, 34)]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.map((s) => [s.text, s.mark?.kind ?? null])).toEqual([
      ["That sounds hard.", "move"],
      [" ", null],
      ["You should rest.", "pitfall"],
    ]);
  });

  it("lets a pitfall win where it overlaps a move", () => {
    const segs = segmentsOf("abcdef", [move(0, 4), pitfall(2, 6)]);
    expect(segs.map((s) => [s.text, s.mark?.kind, s.mark?.index])).toEqual([
      ["ab", "move", 0],
      ["cdef", "pitfall", 1],
    ]);
  });

  it("keeps each pitfall visible when a sentence-wide one holds narrower ones", () => {
    const text = "At least it's Friday, you should just quit, I had a worse day honestly.";
    const advice: Finding = { kind: "pitfall", id: "fixing", start: 0, end: text.length, why: "w" };
    const minimizing: Finding = { kind: "pitfall", id: "minimizing", start: 0, end: 20, why: "w" };
    const hijacking: Finding = { kind: "pitfall", id: "hijacking", start: 44, end: text.length, why: "w" };
    const segs = segmentsOf(text, [advice, minimizing, hijacking]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.map((s) => [s.text, s.mark?.index])).toEqual([
      ["At least it's Friday", 1],
      [", you should just quit, ", 0],
      ["I had a worse day honestly.", 2],
    ]);
  });

  it("clamps spans that run past a shorter (edited) draft", () => {
    const segs = segmentsOf("abc", [pitfall(1, 40), move(10, 12)]);
    expect(segs.map((s) => [s.text, s.mark?.kind ?? null])).toEqual([
      ["a", null],
      ["bc", "pitfall"],
    ]);
  });
});
