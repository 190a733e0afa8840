// Coach 10.13.2: four zeros of round 12 (w87–w94, judges AQ and AR, coach 10.13.0), rewrites only
// (labels unchanged). Sentences written for this test.
// - A starter said the share's first sentence back after "God," and kept its capital ("God, Feeding's
//   still agony."): a word at the share's sentence start was read as a name. Now a word there whose
//   ending marks it as a common word ("-ing", "-ness", "-tion", "-ment") is lowercased.
// - A kept non-apology in the past ("I'm sorry it felt that way"), a plea to talk of it no more
//   ("can we have one night where we don't talk about his speech"), self-blame said back ("you were
//   the one who said sell").
import { describe, expect, it } from "vitest";
import { offered } from "../../src/contract.ts";
import { analyze } from "../../src/index.ts";
import { KEPT_JAB } from "../../src/lexicon/rewrite.ts";
import { eventClause } from "../../src/rewrite/echo.ts";

const offer = (share: string, reply: string): string => offered(analyze({ share, reply })) ?? "";

describe("round 12's capital after an opener (w87–w94, judges AQ and AR, 10.13.0)", () => {
  it("lowercases a common word from the share's start after the replier's sound", () => {
    const text = offer(
      "Pumping's a nightmare at work. The only room has no lock and I cried in there today.",
      "God you poor thing, that's such a shame for you.",
    );
    expect(text).toMatch(/God, pumping's/);
  });

  it("keeps the capital of a name at the share's start", () => {
    const text = offer("Lola's anniversary is today. I keep thinking about her.", "Ugh. Lola's anniversary. I know how you feel, my nan died too.");
    expect(text).toMatch(/Lola's anniversary/);
    expect(text).not.toMatch(/lola/);
  });
});

describe("round 12's kept hurts and confirmed blame (w87–w94, judges AQ and AR, 10.13.0)", () => {
  it("keeps no 'sorry it felt that way'", () => {
    const text = offer(
      "You went through my handbag for receipts. I felt like a suspect.",
      "I'm sorry it felt that way, love, you know I adore you. But what have you got to hide?",
    );
    expect(text).not.toMatch(/felt that way/);
  });

  it("reads a plea to drop the subject as a jab, and a plain 'can we' as none", () => {
    expect(KEPT_JAB.test("can we have one night where we don't talk about her words now")).toBe(true);
    expect(KEPT_JAB.test("can we not talk about the knee tonight")).toBe(true);
    expect(KEPT_JAB.test("can we have a cuppa and talk it through")).toBe(false);
    // Coach 10.15.0: relief told back as "for nothing" minimises the fear they had.
    expect(KEPT_JAB.test("worried for nothin")).toBe(true);
    expect(KEPT_JAB.test("all that stressing over nothing")).toBe(true);
    expect(KEPT_JAB.test("i was worried about you all day")).toBe(false);
  });

  it("does not say self-blame back as the event, but does say back an accident", () => {
    expect(eventClause("I was the one who pushed for the move. Now Dad's on his own up there.")).toBeNull();
    expect(eventClause("It was me who left the gate open. The dog is gone.")).toBeNull();
    expect(eventClause("I broke the vacuum at the Dupont building. They want 400.")).toBe("you broke the vacuum at the Dupont building");
  });
});
