// Coach 10.8.1: round 9's broken seams (w47–w54, judges AI and AJ, coach 10.8.0). A word that
// starts a sentence of the reply was taken for a name and kept its capital after a joined
// opener ("Oh, Come here…"), and a lone "Ugh." left by a cut was joined in front of their own
// "Oof" ("Ugh, Oof, that's a hard one"). And 10.8.0's celebration veto (a rewrite-v9 mend) needs a
// real heavy reading. Labels unchanged. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { kindForMood, type MoodReading } from "../../src/rewrite/mood.ts";
import { readShare } from "../../src/share.ts";
import { composedRewrite as rewrite } from "./rewrite-checks.ts";

describe("the seams of a rewrite (round 9)", () => {
  it("lowercases a common word after a joined opener, even when the reply starts a sentence with it", () => {
    const text = rewrite(
      "I feel useless. You're doing everything and I can't even carry the shopping in.",
      "Oh that's the saddest thing I ever heard. Poor pitiful thing, feeling like that. Come here and let me hold you a minute.",
    );
    expect(text).not.toMatch(/\bOh, Come\b/);
    expect(text).toMatch(/come here/i);
  });

  it("still keeps a name the reply writes inside a sentence", () => {
    const text = rewrite(
      "The recital went badly, I forgot the second verse.",
      "Oh no. Poor you, honestly. Marta said you carried the whole choir anyway, ask Marta.",
    );
    expect(text).not.toMatch(/\bmarta\b/);
  });

  it("puts no second interjection before one of theirs", () => {
    const text = rewrite(
      "Jo said I never listen to her. I thought I did.",
      "Oof, that's a hard one to hear from her. Ugh I know exactly what you mean though, my sister said the same to me last week and I felt awful.",
    );
    expect(text).not.toMatch(/^Ugh,? oof/i);
    expect(text).toMatch(/^Oof, that's a hard one to hear from her/);
  });
});

describe("a celebration the model alone vetoes (10.8.1)", () => {
  const share = "Offer on the house, full asking.";
  const read = (heavy: number, glad: number): MoodReading => ({
    mood: "unsure",
    glad,
    heavy,
    fearOnly: false,
    relief: false,
    heavyCue: false,
    gladCue: false,
  });

  it("needs a real heavy reading, at least twice the glad one", () => {
    // "Jobcenter offered me an Excel course." at 10.8.0: heavy 0.43, glad 0.14.
    expect(kindForMood("good-news", read(0.43, 0.14), readShare(share), share, [])).toBe("plain");
    // Read as nothing either way, good news stays good news.
    expect(kindForMood("good-news", read(0.12, 0.05), readShare(share), share, [])).toBe("good-news");
    expect(kindForMood("good-news", read(0.3, 0.2), readShare(share), share, [])).toBe("good-news");
  });
});
