// Coach 10.5: three narrow cues that stand whatever the reply model says (`PatternSpec.sure`), and the
// replier's own glad reading of a share the model alone reads as heavy. Each came from a judge's zero
// that the refit on twenty-eight writers let through again. Sentences written for this test.
import { describe, expect, it } from "vitest";
import type { DecodedWeights } from "../../src/emotions/codec.ts";
import { analyzeWith } from "../../src/analyze.ts";
import { models } from "../../src/model/model.ts";
import { decideReply, REPLY_OUTPUTS } from "../../src/model/reply-model.ts";
import { moodOf, withRepliersRead } from "../../src/rewrite/mood.ts";
import type { RawFinding } from "../../src/rules/scan.ts";

/** A reply model that is sure of nothing: every output's probability is about 0. */
const doubtful: DecodedWeights = {
  outputs: [...REPLY_OUTPUTS],
  bias: new Float64Array(REPLY_OUTPUTS.length).fill(-20),
  rows: new Map(),
  weights: new Float64Array(0),
};
const features = { all: [], bySentence: [[]] };
const prepared = { norm: " ".repeat(40), sentences: [{ start: 0, end: 40 }] };

/** The labels through the app's path with a reply model sure of nothing: only a sure cue can put a label there. */
const labels = (share: string, reply: string): string[] => {
  const a = analyzeWith({ share, reply }, { reply: doubtful, share: models().share });
  return [...a.pitfalls, ...a.moves];
};
/** The rules alone: where a cue fires. */
const ruled = (share: string, reply: string): string[] => {
  const a = analyzeWith({ share, reply }, null);
  return [...a.pitfalls, ...a.moves];
};

describe("a sure cue", () => {
  it("stands when the reply model rejects its label, and an ordinary cue does not", () => {
    const sure: RawFinding = { kind: "pitfall", id: "making_it_about_me", start: 0, end: 20, sentence: 0, sure: true };
    const plain: RawFinding = { kind: "pitfall", id: "blaming", start: 21, end: 40, sentence: 0 };
    const kept = decideReply(doubtful, prepared, [sure, plain], features);
    expect(kept.map((f) => f.id)).toEqual(["making_it_about_me"]);
  });

  it("reads the replier's own load and its cost as about them, and 'so I'll be there' as an offer", () => {
    expect(labels("Migraine again. In the dark since noon.", "Oh pet. I've got the VAT return to do so I'll be useless tonight anyway.")).toContain(
      "making_it_about_me",
    );
    expect(ruled("Migraine again. In the dark since noon.", "Oh pet. I've got the afternoon off so I'll be there by two.")).not.toContain("making_it_about_me");
  });

  it("reads relief as minimizing only where the share's own words say it hurt", () => {
    expect(labels("Scan results came. Not pregnant. It's fine, honestly.", "Phew. Good timing with the car loan anyway.")).toContain("minimizing");
    expect(ruled("Scan came back clear!! No more tests.", "Phew!! Thank god, I've been sick with worry.")).not.toContain("minimizing");
  });
});

describe("the replier's own reading of the mood", () => {
  const heavyByModel = { ...moodOf("It was a long day."), mood: "heavy" as const, heavyCue: false };

  it("turns a heavy reading of the model alone to unsure when the reply opens glad", () => {
    expect(withRepliersRead(heavyByModel, "that's so sweet. took her long enough").mood).toBe("unsure");
    expect(withRepliersRead(heavyByModel, "yay!! finally").mood).toBe("unsure");
  });

  it("keeps heavy when the reply does not open glad, or when the share's own words say it hurt", () => {
    expect(withRepliersRead(heavyByModel, "oh no, that's rough").mood).toBe("heavy");
    expect(withRepliersRead({ ...heavyByModel, heavyCue: true }, "that's sweet").mood).toBe("heavy");
  });
});
