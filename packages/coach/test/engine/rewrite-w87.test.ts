// Coach 10.13.2: a zero of round 12 (w87–w94, judges AQ and AR, coach 10.13.0). A starter said the
// share's first sentence back after "God," and kept its capital ("God, Feeding's still agony."): a
// word at the share's sentence start was read as a name. Now a word there whose ending marks it as
// a common word ("-ing", "-ness", "-tion", "-ment") is lowercased; a name there keeps its capital.
// Labels unchanged. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { offered } from "../../src/contract.ts";
import { analyze } from "../../src/index.ts";

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
