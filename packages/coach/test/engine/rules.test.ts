// One behaviour per rule: each pitfall and move is found, with its span, in a reply
// written for this test; and a near miss is not.
import { describe, expect, it } from "vitest";
import { analyzeWith } from "../../src/analyze.ts";
import type { Analysis, AnalyzeInput } from "../../src/contract.ts";
import type { MoveId, PitfallId } from "../../src/index.ts";

const SAD = "I had a really rough day, my manager snapped at me in front of everyone and I felt humiliated.";

const found: [PitfallId | MoveId, string, string][] = [
  ["fixing", "You should just email HR tonight.", "You should just email HR tonight."],
  ["fixing", "have you tried going for a run to clear your head?", "have you tried going for a run to clear your head?"],
  ["i_understand", "I totally understand.", "I totally understand."],
  ["hijacking", "That reminds me of when my boss yelled at me last year", "That reminds me of when my boss yelled at me last year"],
  ["problem_solving_question", "So what are you going to do about it?", "what are you going to do about it?"],
  ["making_it_about_me", "So does that mean we're not going out tonight?", "So does that mean we're not going out tonight?"],
  ["minimizing", "It's not a big deal, honestly.", "It's not a big deal"],
  ["blaming", "You always take things so personally.", "You always take things so personally."],
  ["why_question", "Why are you so upset about it?", "Why are you so upset about it?"],
  ["defensiveness", "Well, I didn't do anything wrong.", "I didn't do anything wrong."],
  ["sympathy", "Aw, poor you.", "poor you."],
  ["validation", "That makes total sense.", "That makes total sense."],
  ["naming_feeling", "You sound really embarrassed.", "You sound really embarrassed."],
  ["warmth", "Oh no, I'm so sorry.", "Oh no"],
  ["exploration", "What was the hardest part?", "What was the hardest part?"],
  ["presence", "I'm here for you.", "I'm here for you."],
  ["empathic_apology", "I'm sorry I snapped at you earlier, I can see it hurt.", "I'm sorry I snapped at you earlier"],
];

// These tests guard the rule stage (cues, spans, context); the learned model is measured
// on the writers' corpus instead (scripts/eval-coach.ts).
const analyze = (input: AnalyzeInput): Analysis => analyzeWith(input, null);

describe("each rule finds its shape, with the span of the words that show it", () => {
  for (const [id, reply, span] of found) {
    it(`${id}: ${reply}`, () => {
      const a = analyze({ share: SAD, reply });
      const f = a.findings.find((x) => x.id === id);
      expect(f, JSON.stringify(a.findings)).toBeDefined();
      expect(reply.slice(f?.start ?? 0, f?.end ?? 0)).toBe(span);
      expect(f?.why.length).toBeGreaterThan(20);
      expect([...a.pitfalls, ...a.moves]).toContain(id);
    });
  }
});

describe("pitfall findings carry a suggestion where one helps", () => {
  it("fixing suggests deferring the advice, keeping its words", () => {
    const a = analyze({ share: SAD, reply: "You should talk to HR about that." });
    expect(a.findings[0]?.suggestion).toMatch(/whenever you want.*talk to HR about that/i);
  });
  it("'I understand' suggests a validation naming the share's feeling", () => {
    const a = analyze({ share: "I'm so anxious about the biopsy results", reply: "I understand." });
    expect(a.findings[0]?.suggestion).toMatch(/anxious/);
  });
});

describe("near misses", () => {
  const clean: [string, string][] = [
    ["'help me understand' is an invitation, not a claim", "Help me understand what it felt like."],
    ["'why would he do that' is outrage on their side, not a trial", "Why would he even do that to you?"],
    ["'it's not silly' validates", "It's not silly at all."],
    ["'I know how much it means to you' is not 'I know how you feel'", "I know how much that job means to you."],
    ["'at least one' is a count, not 'at least…'", "I counted at least three people who laughed with you, not at you."],
  ];
  for (const [name, reply] of clean) {
    it(name, () => {
      expect(analyze({ share: SAD, reply }).pitfalls).toEqual([]);
    });
  }
});

describe("shared joy and Level Two", () => {
  it("celebrates good news", () => {
    const a = analyze({ share: "I got the job!! I start in March", reply: "That's amazing!! You worked so hard for this" });
    expect(a.moves).toContain("shared_joy");
  });
  it("'amazing' is not shared joy when the news is bad", () => {
    const a = analyze({ share: "I failed the exam and I feel awful", reply: "Amazing how cruel that marking is." });
    expect(a.moves).not.toContain("shared_joy");
  });
  it("a history phrase is Level Two", () => {
    const a = analyze({ share: SAD, reply: "Given how your dad used to shout, no wonder that shook you." });
    expect(a.moves).toContain("level_two");
    expect(a.level).toBe(2);
  });
  it("drawing on a partner note is Level Two", () => {
    const notes = ["Moved schools six times as a kid and felt like the outsider every time"];
    const a = analyze({
      share: "Nobody at the new office talks to me",
      reply: "That must bring back being the outsider at every new school.",
      partnerNotes: notes,
    });
    expect(a.moves).toContain("level_two");
  });
  it("words the share already contains are not Level Two", () => {
    const notes = ["Loves her new office"];
    const a = analyze({ share: "The new office is freezing", reply: "The new office sounds freezing, ugh.", partnerNotes: notes });
    expect(a.moves).not.toContain("level_two");
  });
});

describe("level and EPITOME scores", () => {
  it("no moves is level 0", () => {
    expect(analyze({ share: SAD, reply: "ok." }).level).toBe(0);
  });
  it("validation, a named feeling and a feeling question score high", () => {
    const a = analyze({ share: SAD, reply: "Oh no, I'm so sorry. That sounds humiliating. How are you feeling now?" });
    expect(a.level).toBe(1);
    expect(a.epitome).toEqual({ emotionalReaction: 2, interpretation: 2, exploration: 2 });
  });
  it("a pitfall pulls the level down", () => {
    const a = analyze({ share: SAD, reply: "That sounds hard. You should quit." });
    expect(a.moves).toContain("validation");
    expect(a.level).toBe(0);
  });
});
