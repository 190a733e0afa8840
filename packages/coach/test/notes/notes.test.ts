import { describe, expect, it } from "vitest";
import { MAX_NOTES, RELEVANCE_FLOOR, rankNotes } from "../../src/notes/index.ts";
import { NOTE_CASES } from "./cases.ts";
import { evaluate, summary } from "./metrics.ts";

describe("note relevance cases (data)", () => {
  it("has at least 60 cases, each with 4–8 notes, labels that exist, and some with none relevant", () => {
    expect(NOTE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(NOTE_CASES.map((c) => c.name)).size).toBe(NOTE_CASES.length);
    for (const c of NOTE_CASES) {
      expect(c.notes.length, c.name).toBeGreaterThanOrEqual(4);
      expect(c.notes.length, c.name).toBeLessThanOrEqual(8);
      expect(new Set(c.notes.map((n) => n.id)).size, c.name).toBe(c.notes.length);
      for (const id of c.relevant)
        expect(
          c.notes.map((n) => n.id),
          c.name,
        ).toContain(id);
    }
    expect(NOTE_CASES.filter((c) => c.relevant.length === 0).length).toBeGreaterThanOrEqual(8);
    expect(NOTE_CASES.filter((c) => c.split === "holdout").length).toBeGreaterThanOrEqual(15);
  });
});

describe("note relevance (measured)", () => {
  const all = evaluate(NOTE_CASES);
  const holdout = evaluate(NOTE_CASES.filter((c) => c.split === "holdout"));

  it("puts a relevant note on top at least 80% of the time it shows one", () => {
    console.log(summary("all", all));
    console.log(summary("holdout", holdout));
    expect(all.precisionAt1).toBeGreaterThanOrEqual(0.8);
    expect(holdout.precisionAt1).toBeGreaterThanOrEqual(0.8);
  });

  // Guards against buying precision by showing nothing.
  it("shows something for most shares that have a relevant note, and nothing for most that have none", () => {
    expect(all.coverage).toBeGreaterThanOrEqual(0.75);
    expect(all.recallAt3).toBeGreaterThanOrEqual(0.7);
    expect(all.noneHandled).toBeGreaterThanOrEqual(0.7);
  });
});

describe("rankNotes", () => {
  const notes = [
    { id: "jonah", text: "His best friend from college, Jonah, stopped talking to him. It still hurts.", category: "old-wounds" },
    { id: "calm", text: "When he's anxious, a walk outside helps.", category: "what-helps" },
    { id: "mom", text: "His mom calls every Sunday and compares him to his brother.", category: "people" },
    { id: "boss", text: "His manager criticises him in front of the team.", category: "sensitivities" },
    { id: "breakfast", text: "Loves slow breakfasts at the weekend.", category: "other" },
  ];

  it("finds a note by a name the share mentions, and says so", () => {
    const r = rankNotes("Jonah liked my post today.", notes);
    expect(r[0]?.id).toBe("jonah");
    expect(r[0]?.reasons).toContain("mentions Jonah");
  });

  it("matches family roles across words (mum ~ mom) and feelings across notes", () => {
    expect(rankNotes("Mum rang again tonight.", notes)[0]?.id).toBe("mom");
    const anxious = rankNotes("I'm so worried about tomorrow.", notes);
    expect(anxious[0]?.id).toBe("calm");
    expect(anxious[0]?.reasons).toContain("feeling anxious");
  });

  it("returns nothing when no note clears the floor", () => {
    expect(rankNotes("We're out of milk.", notes)).toEqual([]);
    expect(rankNotes("", notes)).toEqual([]);
    expect(rankNotes("Jonah called.", [])).toEqual([]);
  });

  it("returns at most three, best first, each at or above the floor", () => {
    const many = Array.from({ length: 6 }, (_, k) => ({ id: `n${k}`, text: `Her sister Priya is close to her (${k}).` }));
    const r = rankNotes("Priya called about my sister's news.", many);
    expect(r.length).toBe(MAX_NOTES);
    for (const x of r) expect(x.score).toBeGreaterThanOrEqual(RELEVANCE_FLOOR);
    for (let k = 1; k < r.length; k++) expect(r[k - 1]!.score).toBeGreaterThanOrEqual(r[k]!.score);
    // equal scores keep the notes' own order, so the result is stable
    expect(r.map((x) => x.id)).toEqual(["n0", "n1", "n2"]);
    expect(rankNotes("Priya called.", many, { limit: 1 }).length).toBe(1);
    expect(rankNotes("Priya called.", many, { limit: 10 }).length).toBe(MAX_NOTES);
  });

  it("honours a custom floor", () => {
    expect(rankNotes("Jonah liked my post today.", notes, { floor: 100 })).toEqual([]);
  });

  it("weighs a feeling more on a note about what helps", () => {
    const pair = [
      { id: "wound", text: "She gets anxious when plans change.", category: "sensitivities" },
      { id: "helps", text: "She gets anxious when plans change.", category: "what-helps" },
    ];
    const r = rankNotes("I'm really anxious tonight.", pair);
    expect(r[0]?.id).toBe("helps");
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
  });

  it("does not treat one broad topic alone as relevant", () => {
    expect(rankNotes("Long day at the office.", [{ id: "w", text: "Her mum worked nights when she was little." }])).toEqual([]);
  });
});
