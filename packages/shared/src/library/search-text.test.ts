import { describe, expect, it } from "vitest";
import { words } from "./search-text.ts";

describe("words", () => {
  it("drops apostrophes and a trailing 's", () => {
    expect(words("She's jealous, he doesn't listen")).toEqual(["she", "jealous", "he", "doesnt", "listen"]);
  });

  it("counts a hyphenated word joined and in parts", () => {
    expect(words("my in-laws")).toEqual(["my", "inlaws", "in", "laws"]);
  });

  it("reads phrases whose words mislead as one word", () => {
    expect(words("how do we make up after a fight")).toContain("reconcile");
    expect(words("say thank you")).toEqual(["say", "thanks"]);
    expect(words("date night ideas")).toEqual(["date", "ideas"]);
  });
});
