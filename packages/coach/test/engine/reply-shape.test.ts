// The reply model's shape features (coach v6): what kind of question a sentence asks, who
// it is about, and where it turns. Classes, so a writer's own wording meets a weighed feature.
import { describe, expect, it } from "vitest";
import { wordFeatures } from "../../src/model/features.ts";

function shape(text: string): string[] {
  const out = new Set<string>();
  wordFeatures(text, out, true);
  return [...out].filter((f) => f.startsWith("#") || (f.startsWith("?") && !f.startsWith("?^")) || f.startsWith(">"));
}

describe("question type", () => {
  it("tells closed fix-it questions from open ones", () => {
    expect(shape("Did you ask him what he actually wanted?")).toContain("?closed");
    expect(shape("Have you tried just calling her?")).toContain("?closed");
    expect(shape("What was the hardest part?")).toContain("?open");
    expect(shape("Which homes are you looking at?")).toContain("?open");
  });
  it("finds a why after a filler, and 'how come'", () => {
    expect(shape("so why would that bother you?")).toContain("?why");
    expect(shape("How come you didn't say?")).toContain("?why");
    expect(shape("So what happened?")).toContain("?open");
  });
  it("gives a statement no question type", () => {
    expect(shape("I can see why you'd start wondering.").filter((f) => f.startsWith("?"))).toEqual([]);
  });
});

describe("who the sentence is about", () => {
  it("counts the replier's own 'I' against 'you'", () => {
    const f = shape("wow ok. so I stayed up for nothing. guess I'll just talk to myself");
    expect(f).toContain("#i:3+");
    expect(f).toContain("#i>you");
    expect(f).not.toContain("#you>i");
  });
  it("reads texting forms of 'you'", () => {
    const f = shape("ur not the only one tired u know");
    expect(f).toContain("#you:2");
    expect(f).toContain("#you>i");
  });
  it("does not read 'ill' or 'were' as pronouns", () => {
    expect(shape("she was ill and they were late")).toEqual([]);
  });
});

describe("turns", () => {
  it("marks what follows a turn, not what comes before it", () => {
    const f = shape("So proud of you, mind I'll never see the remote");
    expect(f).toContain("#turn");
    expect(f).toContain(">never");
    expect(f).not.toContain(">proud");
  });
  it("does not count a turn word that opens the sentence", () => {
    expect(shape("But that's wonderful")).not.toContain("#turn");
  });
});
