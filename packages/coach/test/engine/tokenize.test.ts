import { describe, expect, it } from "vitest";
import { findFeelingWords } from "../../src/emotions/lexicon.ts";
import { words } from "../../src/notes/words.ts";
import { isNegated } from "../../src/text/scope.ts";
import { markNegation, negatedAt, tokenize, wordSpans } from "../../src/text/tokenize.ts";

/** The tokens of a text, those in a negation scope written `not_…` (as the models' features read them). */
function marked(text: string): string {
  const t = tokenize(text);
  const m = markNegation(t);
  return t.map((x, i) => (m[i] === true ? `not_${x}` : x)).join(" ");
}

/** Whether the rules' scope check reads the word `word` of `text` as negated. */
function ruleNegated(text: string, word: string): boolean {
  return isNegated(text, text.indexOf(word), { start: 0, end: text.length });
}

/** The feeling words of a text, `(neg)` when denied. */
function feelings(text: string): string[] {
  return findFeelingWords(tokenize(text)).map((h) => `${h.word}${h.negated ? "(neg)" : ""}`);
}

describe("one tokenizer", () => {
  it("keeps apostrophes inside words, shrinks letter runs, splits emoji and marks", () => {
    expect(tokenize("I’m SO tired!!! 😭")).toEqual(["i'm", "so", "tired", "!", "😭"]);
    expect(tokenize("sooooo, 'quoted'")).toEqual(["soo", ".", "quoted"]);
  });

  it("gives the same words to the offset tokens and the note words", () => {
    const text = "Dana’s café, didn't 2nd";
    expect(wordSpans(text.toLowerCase().replace("’", "'")).map((t) => t.word)).toEqual(["dana's", "café", "didn't", "2nd"]);
    expect(words(text).map((w) => w.norm)).toEqual(["dana", "café", "didnt", "2nd"]);
    expect(words("hi. Dana came").map((w) => [w.norm, w.capital, w.initial])).toEqual([
      ["hi", false, true],
      ["dana", true, true],
      ["came", false, false],
    ]);
  });
});

describe("one negation rule, read the same by the features, the feeling words and the rules", () => {
  it("'nothing wrong with crying' denies the wrongness, not the crying", () => {
    const text = "there's nothing wrong with crying";
    expect(marked(text)).toBe("there's nothing not_wrong with crying");
    expect(feelings(text)).toEqual(["crying"]);
    expect(ruleNegated(text, "crying")).toBe(false);
    expect(ruleNegated(text, "wrong")).toBe(true);
  });

  it("'not without reason' is one negation: 'without' is not a negator", () => {
    expect(marked("not without reason")).toBe("not not_without not_reason");
    expect(marked("without you i'm lost")).toBe("without you i'm lost");
  });

  it("'nothing' and 'nobody' deny what follows", () => {
    expect(feelings("nothing to be sad about")).toEqual(["sad(neg)"]);
    expect(ruleNegated("nobody blames you for it", "blames")).toBe(true);
  });

  it("'cannot', 'nor', 'hadn't' negate for the rules as for the features", () => {
    expect(ruleNegated("i cannot tell you to calm down", "tell")).toBe(true);
    expect(marked("i hadn't noticed")).toBe("i hadn't not_noticed");
  });

  it("a negator that denies nothing opens no scope", () => {
    for (const text of ["no wonder you're upset", "oh no i'm so sad", "i can't stop crying", "i can't believe how happy i am"]) {
      expect(marked(text), text).not.toContain("not_");
      expect(
        feelings(text).some((f) => f.endsWith("(neg)")),
        text,
      ).toBe(false);
    }
    expect(ruleNegated("why don't you tell him", "tell")).toBe(false);
  });

  it("a scope ends at a clause break or 'but', and reaches three words back", () => {
    expect(marked("not great but i'm happy")).toBe("not not_great but i'm happy");
    expect(negatedAt(tokenize("not really that hard"), 3)).toBe(true);
    expect(negatedAt(tokenize("not at all very very hard"), 5)).toBe(false);
  });
});
