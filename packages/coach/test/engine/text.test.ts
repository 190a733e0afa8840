// The text stage: offsets survive normalisation; sentences, clauses and quotes.
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/text/normalize.ts";
import { inRanges, quotedRanges } from "../../src/text/quotes.ts";
import { clauseEnd, sentences } from "../../src/text/segment.ts";
import { wordSpans } from "../../src/text/tokenize.ts";

describe("normalize", () => {
  it("keeps length while lowering and unifying quotes", () => {
    const s = "I’M “Fine” İstanbul\r\nok\u0007";
    const n = normalize(s);
    expect(n.length).toBe(s.length);
    expect(n.startsWith(`i'm "fine"`)).toBe(true);
  });
});

describe("sentences", () => {
  it("splits on terminal punctuation and keeps it", () => {
    const n = "oh no. what happened?! i'm here";
    expect(sentences(n).map((s) => n.slice(s.start, s.end))).toEqual(["oh no.", "what happened?!", "i'm here"]);
  });
  it("does not split decimals or Dr.", () => {
    const n = "dr. patel said 3.5 weeks.";
    expect(sentences(n)).toHaveLength(1);
  });
  it("cuts a very long run without punctuation", () => {
    const n = "word ".repeat(1000);
    expect(sentences(n).length).toBeGreaterThan(5);
  });
  it("finds the end of a clause", () => {
    const n = "don't worry, i've got it.";
    expect(clauseEnd(n, 0, { start: 0, end: n.length })).toBe(11);
  });
});

describe("quotes", () => {
  it("finds double and single quoted speech, not apostrophes", () => {
    const n = `she said "calm down" and he said 'you'll be fine' but it's ok`;
    const q = quotedRanges(n).map((r) => n.slice(r.start, r.end));
    expect(q).toEqual(["calm down", "you'll be fine"]);
    expect(inRanges(quotedRanges(n), n.indexOf("calm"))).toBe(true);
    expect(inRanges(quotedRanges(n), n.indexOf("it's"))).toBe(false);
  });
});

describe("wordSpans", () => {
  it("carries offsets", () => {
    expect(wordSpans("i'm fine")).toEqual([
      { word: "i'm", start: 0, end: 3 },
      { word: "fine", start: 4, end: 8 },
    ]);
  });
});
