// Context: the same words are or are not a pitfall depending on the share and on
// negation, quoted speech and what the words are about.
import { describe, expect, it } from "vitest";
import { analyzeWith } from "../../src/analyze.ts";
import type { Analysis, AnalyzeInput } from "../../src/contract.ts";

// These tests guard the rule stage (cues, spans, context); the learned model is measured
// on the writers' corpus instead (scripts/eval-coach.ts).
const analyze = (input: AnalyzeInput): Analysis => analyzeWith(input, null);

describe("advice that was asked for is not fixing", () => {
  it("flags unasked advice", () => {
    expect(
      analyze({ share: "My sister keeps borrowing money and I'm so fed up.", reply: "You could tell her the money's set aside for the house." }).pitfalls,
    ).toContain("fixing");
  });
  it("does not flag the same advice when the share asks for it", () => {
    const a = analyze({ share: "My sister wants to borrow money again. What should I do?", reply: "You could tell her the money's set aside for the house." });
    expect(a.asksAdvice).toBe(true);
    expect(a.pitfalls).not.toContain("fixing");
  });
  it("a share that only wants to vent is not asking", () => {
    expect(analyze({ share: "I don't want advice, I just need to vent about work." }).asksAdvice).toBe(false);
  });
});

describe("'don't worry' about a task is an offer, about a feeling a dismissal", () => {
  it("Don't worry about dinner, I've got it → presence", () => {
    const a = analyze({ share: "I'm wiped out after the night shift", reply: "Don't worry about dinner, I've got it." });
    expect(a.pitfalls).toEqual([]);
    expect(a.moves).toContain("presence");
  });
  it("Don't worry about it → minimizing", () => {
    expect(analyze({ share: "I'm upset nobody remembered", reply: "Don't worry about it." }).pitfalls).toEqual(["minimizing"]);
  });
});

describe("negation", () => {
  it("I'm not going to tell you what to do / to calm down", () => {
    const a = analyze({
      share: "I'm so wound up after that call",
      reply: "I'm not going to tell you to calm down. I'm not going to tell you what to do either.",
    });
    expect(a.pitfalls).toEqual([]);
  });
  it("'that doesn't make sense' is not validation", () => {
    expect(analyze({ share: "I'm angry at Sam", reply: "That doesn't make sense." }).moves).not.toContain("validation");
  });
  it("'you're not alone' is presence, not a named feeling", () => {
    const a = analyze({ share: "I feel so lonely", reply: "You're not alone." });
    expect(a.moves).toContain("presence");
    expect(a.moves).not.toContain("naming_feeling");
  });
});

describe("quoted and reported speech is not the replier's", () => {
  it("my boss said 'you should just quit'", () => {
    const a = analyze({ share: "Work is awful", reply: "My boss said 'you should just quit' to me once. That sounds so hard." });
    expect(a.pitfalls).not.toContain("fixing");
  });
  it("curly double quotes", () => {
    const a = analyze({ share: "My aunt keeps on at me", reply: "She said “calm down”?? That must have felt so dismissive." });
    expect(a.pitfalls).toEqual([]);
    expect(a.moves).toContain("naming_feeling");
  });
  it("reported without quotes: he told me to just get over it", () => {
    expect(analyze({ share: "Dad was awful", reply: "He told you to get over it? That's so unfair." }).pitfalls).toEqual([]);
  });
});

describe("share depth", () => {
  it("events only is surface, with a nudge", () => {
    const a = analyze({ share: "Fine. Lots of meetings." });
    expect(a.shareDepth).toBe("surface");
    expect(a.depthNudge).toMatch(/feel/);
  });
  it("after a loss, the nudge invites rather than teaches", () => {
    const a = analyze({ share: "My dog died this morning." });
    expect(a.shareDepth).toBe("surface");
    expect(a.depthNudge).toMatch(/holding up/);
    expect(a.depthNudge).not.toMatch(/what happened/);
  });
  it("a named feeling is inner, without a nudge", () => {
    const a = analyze({ share: "I felt overwhelmed in that meeting and I'm still anxious" });
    expect(a.shareDepth).toBe("inner");
    expect(a.depthNudge).toBeNull();
    expect(a.shareFeelingWords.length).toBeGreaterThan(0);
  });
  it("without a reply, the reply fields are empty", () => {
    const a = analyze({ share: "I got the job!" });
    expect(a).toMatchObject({ pitfalls: [], moves: [], level: 0, findings: [], rewrite: null });
  });
});

describe("what the share is about changes the reading", () => {
  it("'I'm sorry' answering a complaint about the replier is an apology, not warmth", () => {
    const a = analyze({ share: "It hurt when you laughed at my idea in front of your friends.", reply: "I'm so sorry. That was thoughtless of me." });
    expect(a.moves).toContain("empathic_apology");
    expect(a.moves).not.toContain("warmth");
  });
  it("'I'm sorry' about something that happened to them is warmth", () => {
    const a = analyze({ share: "The vet said Biscuit needs surgery and I'm terrified.", reply: "I'm so sorry, love." });
    expect(a.moves).toContain("warmth");
    expect(a.moves).not.toContain("empathic_apology");
  });
  it("'that's huge' on good news is shared joy", () => {
    const a = analyze({ share: "I got the job!!", reply: "That's huge." });
    expect(a.moves).toContain("shared_joy");
  });
  it("'I was busy too' answering a complaint is defence, not hijacking", () => {
    const a = analyze({ share: "It hurt when you forgot to call", reply: "Sorry, but I was really busy." });
    expect(a.pitfalls).toContain("defensiveness");
    expect(a.pitfalls).not.toContain("hijacking");
  });
  it("a feeling word inside a question asks rather than names", () => {
    const a = analyze({ share: "I'm so anxious about tomorrow", reply: "What's the bit you're most worried about?" });
    expect(a.moves).toEqual(["exploration"]);
  });
  it("'no wonder' is not a negation", () => {
    expect(analyze({ share: "My manager never says thank you", reply: "No wonder you're fed up." }).moves).toContain("naming_feeling");
  });
});
