// Robustness: any string in, a well-formed analysis out, spans inside the reply. How time
// grows with length is measured in bench/coach-scaling.bench.ts, not here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, MOVE_IDS, PITFALL_IDS, type Analysis } from "../../src/index.ts";
import { offered } from "../../src/contract.ts";

const PIECES = [
  "you should ",
  "don't worry",
  " at least ",
  "poor you",
  "why are you ",
  "I understand",
  "that makes sense",
  "what happened?",
  '"',
  "'",
  "’",
  "“",
  "…",
  "!",
  "?",
  ".",
  ",",
  " ",
  "\n",
  "\r\n",
  "\u0000",
  "\u0007",
  "😭",
  "❤️",
  "🫂",
  "👍🏽",
  "İ",
  "ß",
  "你好",
  "مرحبا",
  "שלום",
  "🇬🇧",
  "\uD800",
  "\uDFFF",
  "ﬁ",
  "\t",
  "-",
  "—",
  "I'm sorry I ",
  "given how your ",
  "congrats!!",
  "me too",
  "i'd ",
  "just ",
  "calm down",
];
const textish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(""));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  textish,
);

function wellFormed(a: Analysis, reply: string): void {
  for (const f of a.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(reply.length);
    expect(f.kind === "pitfall" ? (PITFALL_IDS as readonly string[]).includes(f.id) : (MOVE_IDS as readonly string[]).includes(f.id)).toBe(true);
  }
  expect([0, 1, 2]).toContain(a.level);
  for (const v of Object.values(a.epitome)) expect([0, 1, 2]).toContain(v);
  expect(offered(a) === null || typeof offered(a) === "string").toBe(true);
  // At most one offer: their words trimmed, or a starter with a line of ours (coach 10).
  expect(a.rewrite === null || a.starter === null).toBe(true);
}

describe("never throws, spans inside the text", () => {
  it("on arbitrary shares, replies and notes", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 3 }), (share, reply, notes) => {
        const a = analyze({ share, reply, partnerNotes: notes });
        wellFormed(a, reply);
      }),
      { numRuns: 400 },
    );
  });
  it("on inputs of the wrong type", () => {
    const bad = [
      null,
      undefined,
      3,
      {},
      [],
      { share: 3 },
      { share: "x", reply: 5 },
      { share: "x", partnerNotes: "no" },
      { share: "x", partnerNotes: [1, null] },
    ];
    for (const input of bad) expect(() => analyze(input as never)).not.toThrow();
  });
  it("on 100,000 characters of mixed text", () => {
    const big = Array.from({ length: 4000 }, (_, i) => PIECES[i % PIECES.length])
      .join("")
      .slice(0, 100_000)
      .padEnd(100_000, "a ");
    const a = analyze({ share: big, reply: big, partnerNotes: [big] });
    wellFormed(a, big);
  });
  it("on 100,000 characters without any punctuation", () => {
    const big = "you should just ".repeat(6250);
    wellFormed(analyze({ share: big, reply: big }), big);
  });
});
