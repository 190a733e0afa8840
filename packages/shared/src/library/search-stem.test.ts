import { describe, expect, it } from "vitest";
import { stem } from "./search-stem.ts";

describe("stem", () => {
  it.each([
    ["apologise", "apologising", "apology", "apologies", "apologize", "apologised"],
    ["appreciation", "appreciated", "appreciate", "appreciates"],
    ["celebrate", "celebrations", "celebrating"],
    ["worry", "worried", "worries", "worrying"],
    ["jealous", "jealousy"],
    ["argue", "arguing", "argument", "arguments"],
    ["lonely", "loneliness"],
    ["snap", "snapped"],
    ["close", "closeness"],
    ["forgive", "forgiveness", "forgiving"],
    ["reassure", "reassurance", "reassuring"],
  ])("brings %s and its forms together", (...forms) => {
    expect(new Set(forms.map(stem)).size, forms.join(", ")).toBe(1);
  });

  it.each([
    ["sad", "sad"],
    ["kid", "kid"],
    ["yes", "yes"],
    ["this", "this"],
    ["stress", "stress"],
    ["anxious", "anxious"],
    ["listening", "listen"],
  ])("keeps %s whole enough (%s)", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it("keeps unrelated words apart", () => {
    expect(stem("close")).not.toBe(stem("clock"));
    expect(stem("kind")).not.toBe(stem("kid"));
    expect(stem("hurt")).not.toBe(stem("heart"));
    expect(stem("early")).not.toBe(stem("ear"));
  });
});
