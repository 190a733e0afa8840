// A rewrite is text a partner may send as is: whatever the reply, it never has empty
// clauses, doubled commas, a space before punctuation, a dangling conjunction at a
// sentence end, a lowercase sentence start we made, or an unmatched double quote. Since
// coach v7 a lowercase texter's rewrite stays lowercase: pass the reply to allow that.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { brokenParts, inventedNames } from "./rewrite-checks.ts";
import { offered } from "../../src/contract.ts";

const PIECES = [
  "you should ",
  "just ",
  "don't worry",
  "at least ",
  "poor you",
  "why are you ",
  "I understand",
  "same thing happened to me",
  "that makes sense",
  "what happened?",
  '"',
  "“",
  "”",
  "!",
  "?",
  ".",
  ",",
  ", ",
  " and ",
  " but ",
  " so ",
  "—",
  " - ",
  "😭",
  "❤️",
  "I'm sorry ",
  "ugh, ",
  "oh babe ",
  "congrats!!",
  "me too",
  "calm down",
  "you always ",
  "I didn't ",
  "what are you going to do?",
  "have you tried ",
  "it's not a big deal",
  "my boss ",
  "the kids ",
  "\n",
  "lol",
  "tbh",
  "Mick ",
  "Neha, ",
  "Dr. Meyer ",
  "i ",
  "i'm ",
  "O'Brien",
];
const SHARES = [
  "My boss tore into my slides in front of the whole team. I felt humiliated.",
  "I got the job!!!",
  "Today would have been Sam's birthday.",
  "You forgot my birthday and it really hurt.",
  "Work was fine, lots of meetings.",
  "I'm excited and gutted, we're moving to Leeds.",
  "Sorry I forgot your infusion again. I feel terrible.",
  "I miss you. Like I miss you even though you're in the next room.",
  "Aai wants to come for the delivery in March. Your mom too.",
  "",
];
const reply = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 25 }).map((p) => p.join(""));

/** Names the replier used in a sentence the rewrite kept must keep their capital letter. */
function lowercasedNames(rewrite: string, reply: string): string[] {
  const names = [...reply.matchAll(/(?<![.!?]\s|^)\b\p{Lu}\p{Ll}{2,}\b/gu)].map((m) => m[0]);
  return names.filter((n) => !rewrite.includes(n) && new RegExp(`\\b${n.toLowerCase()}\\b`).test(rewrite));
}

describe("rewrites are never broken text", () => {
  it("on replies built from pitfall phrases, conjunctions, quotes and punctuation", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHARES), reply, (share, r) => {
        const a = analyze({ share, reply: r });
        const offer = offered(a);
        if (offer === null) return;
        expect(brokenParts(offer, r), `${r} → ${offer}`).toEqual([]);
        expect(inventedNames(offer, share, r), `${r} → ${offer}`).toEqual([]);
        expect(lowercasedNames(offer, r), `${r} → ${offer}`).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
  it("keeps a name's capital when it is glued to a mark, which no sentence start is (fast-check found these)", () => {
    const cases: [string, string][] = [
      ["My boss tore into my slides in front of the whole team. I felt humiliated.", "ugh, you should ?Neha, ❤️"],
      ["Aai wants to come for the delivery in March. Your mom too.", "?Neha, ugh, you should .ugh, "],
    ];
    for (const [share, reply] of cases) {
      const offer = offered(analyze({ share, reply })) ?? "";
      expect(offer, reply).toMatch(/Neha/);
      expect(lowercasedNames(offer, reply), reply).toEqual([]);
    }
  });
  it("the issue's broken example: no double comma, no kept story", () => {
    const a = analyze({
      share: "My boss tore into my slides in front of the whole team today. I felt humiliated and anxious.",
      reply: "Ugh, same thing happened to me last week, my boss tore into my slides…",
    });
    expect(offered(a) ?? "").not.toMatch(/,\s*,|same thing|last week/);
    expect(brokenParts(offered(a) ?? "")).toEqual([]);
  });
  it("a connective a late cut leaves at a sentence's end goes (found by the property above)", () => {
    const reply = "what are you going to do?I'm sorry have you tried  but !\u201d so you should \n";
    const a = analyze({ share: "My boss tore into my slides in front of the whole team. I felt humiliated.", reply });
    expect(offered(a)).not.toBeNull();
    expect(brokenParts(offered(a) ?? "", reply)).toEqual([]);
  });
});
