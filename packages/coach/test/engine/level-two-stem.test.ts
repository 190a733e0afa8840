// Level Two and the partner-note ranking compare words through one stemmer (`text/stem.ts`):
// a note's "worries" and "anniversaries" meet a reply's "worry" and "anniversary" in both.
import { describe, expect, it } from "vitest";
import { noteFindings } from "../../src/rules/level-two.ts";
import { prepare } from "../../src/rules/scan.ts";
import { stem } from "../../src/text/stem.ts";

const note = "She worries before anniversaries of her dad";
const share = "Tomorrow is a hard day for me.";

describe("Level Two's words", () => {
  it("meet a note's other forms of them (-ies, irregular)", () => {
    const found = noteFindings(prepare("You always worry before the anniversary."), share, [note]);
    expect(found.map((f) => f.id)).toEqual(["level_two"]);
    expect(stem("worries")).toBe(stem("worry"));
    expect(stem("felt")).toBe(stem("feel"));
  });

  it("still need words of the note the share does not hold", () => {
    expect(noteFindings(prepare("You always worry before the anniversary."), "I worry before the anniversary.", [note])).toEqual([]);
  });
});
