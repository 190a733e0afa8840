// Coach 10.15.1: zeros of round 13 (w103–w110, judges AS and AT, coach 10.15.0), rewrites only
// (labels unchanged). A kept jab ("Not everything's about you"), a kept "a you thing", a take-over
// ("Let me do the talking", "I'll call your boss myself"), a push ("you can't let it spoil…"), a
// me-too hook left at a clause's end ("Ugh tell me about it"), pity with an adjective ("a terrible
// shame for you"). Coach 10.15.2: what only hangs on a cut sentence ("Like actually no.", "I'll find
// the number." after the advice, "Sorry, that came out wrong." after a cut "Finally!"). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { offered } from "../../src/contract.ts";
import { analyze } from "../../src/index.ts";
import { KEPT_JAB, KEPT_PITY } from "../../src/lexicon/rewrite.ts";

describe("round 13's kept hurts (w103–w110, judges AS and AT, 10.15.0)", () => {
  it("reads each as a clause the rewrite drops", () => {
    for (const clause of [
      "not everything's about you, dev",
      "that's kind of a you thing",
      "let me do the talking on monday",
      "i'll ring your manager myself",
      "you can't let it ruin every birthday",
      "ugh tell me about it",
    ])
      expect(KEPT_JAB.test(clause), clause).toBe(true);
    expect(KEPT_PITY.test("that's a real shame for you")).toBe(true);
  });

  it("keeps what only looks like them", () => {
    for (const clause of ["tell me about it, what did she say", "i'll talk to her myself", "you can't let me pay again", "a shame about the weather"]) {
      expect(KEPT_JAB.test(clause) || KEPT_PITY.test(clause), clause).toBe(false);
    }
  });

  it("offers no 'Not everything's about you' on its own", () => {
    const offer = offered(
      analyze({
        share: "I heard the other mums laughing at the gate and I swear it was about me.",
        reply: "Catch yourself on, they were probably laughing at a meme. Not everything's about you, Dee.",
      }),
    );
    expect(offer ?? "").not.toMatch(/about you/);
  });

  it("drops what only hangs on a cut sentence", () => {
    const number = offered(
      analyze({
        share: "Chest has been tight all morning at the depot. I keep telling myself it is nothing.",
        reply: "that sounds so scary love, on your own at the depot. you need to ring 111 right now, not later. I'll find the number",
      }),
    );
    expect(number).toBe("that sounds so scary love, on your own at the depot.");
    const no = offered(
      analyze({
        share: "My brother asked to borrow money again, the third time this month.",
        reply: "Three times is so much, I get why you are tired. Did you say no to him though? Like actually no, not the maybe thing you always do.",
      }),
    );
    expect(no).toBe("Three times is so much, I get why you are tired.");
  });
});
