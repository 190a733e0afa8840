// Coach 10.5.1: round 7's zeros (w31–w34, judges AE and AF, coach 10.5.0) that were bugs, not
// taste. A rewrite kept pity ("I'm so sorry for you", "must be awful lonely bein you"), a
// platitude or a closing verdict ("God has a plan", "…that's all"), or their own embarrassment;
// left a capital after a joined opener ("Aw, Awful for you"); and left "Let's celebrate both!"
// after their own news was cut. Labels unchanged. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { KEPT_HURT } from "../../src/lexicon/rewrite.ts";
import { composedRewrite as rewrite } from "./rewrite-checks.ts";

describe("what a rewrite never keeps", () => {
  it("keeps no sorrow for them", () => {
    expect(rewrite("Mum's scan got moved again. Another week of waiting.", "My poor darling, I'm so sorry for you, it's a cruel wait.")).not.toMatch(
      /sorry for you/i,
    );
    expect(rewrite("The nights are so long up here. I feel flat all the time.", "Oh, poor you. It must be terrible being you in January.")).not.toMatch(
      /being you/i,
    );
  });

  it("keeps no platitude nor a verdict that closes the feeling", () => {
    expect(rewrite("Second test negative. Again.", "Gutted for you, I really am, you poor thing. God has a plan, we have to accept it.")).not.toMatch(
      /god has a plan|accept it/i,
    );
    // The judges' other two, as the rewrite stage reads a kept clause (lowercase, one apostrophe).
    expect(KEPT_HURT.test("you're feeling it because you're a proud man, that's all.")).toBe(true);
    expect(KEPT_HURT.test("but ye cannae think like that, love")).toBe(true);
    expect(KEPT_HURT.test("that's all i wanted to say, i love you")).toBe(false);
  });

  it("keeps no embarrassment of their own as the point", () => {
    expect(
      rewrite(
        "Ollie screamed the whole way round Tesco. People stared.",
        "Oh I know that one, I had it at the park when he threw his shoes. It was so embarrassing for me.",
      ),
    ).not.toMatch(/embarrassing for me/i);
  });
});

describe("what a rewrite leaves", () => {
  it("leaves no capital after a joined opener", () => {
    const out = rewrite("Biopsy done. Sore and a bit undignified. Results in two weeks.", "Aw, poor lamb. Poor old Dai. Awful for you, it is.");
    expect(out).not.toMatch(/\b(?:Aw|Oh), (?:Awful|Best|Terrible)\b/);
  });

  it("drops 'celebrate both' when their own news was cut", () => {
    const out = rewrite("Finally got Nan's bread pudding right.", "Nice! We're both on a roll then, I passed my forklift ticket today. Let's celebrate both!");
    expect(out).not.toMatch(/\bboth\b|forklift/i);
  });
});
