// Coach v4: the rewrite says the sharer's own words back from the replier's side —
// their feeling clause, what they hold against the replier, what someone said of them,
// what happened — and meets the kind of share it is. Sentences written for this test.
import { offered } from "../../src/contract.ts";
import { describe, expect, it } from "vitest";
import { analyzeWith } from "../../src/analyze.ts";
import type { AnalyzeInput } from "../../src/contract.ts";
import { eventClause, feelingClause, flipPerson, grievanceClause, quotedPhrase } from "../../src/rewrite/echo.ts";

// On the rule findings, so a retrained model cannot change what these tests mean.
const rewrite = (input: AnalyzeInput): string => offered(analyzeWith(input, null)) ?? "";

describe("the sharer's words, said back", () => {
  it("swaps first and second person with their verbs", () => {
    expect(flipPerson("I've been on my phone when you try to talk to me")).toBe("you've been on your phone when I try to talk to you");
    expect(flipPerson("I was short with you")).toBe("you were short with me");
    expect(flipPerson("you're always late for my mum")).toBe("I'm always late for your mum");
    expect(flipPerson("I'm frustrated you haven't rung")).toBe("you're frustrated I haven't rung");
  });

  it("finds the clause where they name a heavy feeling, and not a denied one or a verdict on themselves", () => {
    expect(feelingClause("Work's mad. Honestly, I'm scared I'm going to snap at someone one day and regret it.")).toBe(
      "you're scared you're going to snap at someone one day and regret it",
    );
    expect(feelingClause("so nervous for my driving test i could cry")).toBe("you're so nervous for your driving test you could cry");
    expect(feelingClause("I'm not worried about the scan really.")).toBeNull();
    expect(feelingClause("I'm such an idiot, I left the keys in the door.")).toBeNull();
  });

  it("owns what the share holds against the replier, but reads concern or thanks as neither", () => {
    expect(grievanceClause("You laughed when my sister brought up my job. It stung.")).toBe("I laughed when your sister brought up your job");
    expect(grievanceClause("I'm hurt that you forgot the parents' evening.")).toBe("I forgot the parents' evening");
    expect(grievanceClause("I'm worried about you. You've been so quiet since Friday.")).toBeNull();
    expect(grievanceClause("You were right about the boiler man, he was a cowboy.")).toBeNull();
  });

  it("quotes only what someone said of the sharer, never scare quotes", () => {
    expect(quotedPhrase("My aunt called me 'dramatic' at lunch.")).toBe("dramatic");
    expect(quotedPhrase("Our 'quick' walk took four hours.")).toBeNull();
    expect(quotedPhrase("He said I was 'up myself' lol")).toBeNull();
  });

  it("tells the opening event from the replier's side", () => {
    expect(eventClause("got told off by the head in front of the whole staffroom. mortified")).toBe(
      "you got told off by the head in front of the whole staffroom",
    );
    expect(eventClause("My landlord took the whole deposit. Every penny.")).toBe("your landlord took the whole deposit");
    expect(eventClause("The weather was grim today.")).toBeNull();
  });
});

describe("rewrites built from them", () => {
  it("says their own feeling clause back instead of a stock line", () => {
    const r = rewrite({ share: "I'm scared I'm going to fail the resit and lose my place.", reply: "Just study harder this time." });
    expect(r).toMatch(/you're scared you're going to fail the resit/);
    // Their advice is criticism in disguise here: not offered back.
    expect(r).not.toMatch(/study harder|that sounds really hard|a lot to deal with/i);
  });

  it("meets a grievance by owning the specific thing, and drops the defence with its rhetorical question", () => {
    const r = rewrite({
      share: "You've been on your laptop every night when I try to talk.",
      reply: "That's not fair, I'm only working so we can pay the rent. Do you want me to fail?",
    });
    // Said back short, its first part only (coach v7): no parroting of the whole complaint.
    expect(r).toMatch(/I've been on my laptop every night\./);
    expect(r).toMatch(/sorry/i);
    expect(r).not.toMatch(/want me to fail|pay the rent/i);
  });

  it("accepts an apology said without 'you' ('Sorry I was grumpy at the party')", () => {
    const r = rewrite({ share: "Sorry I was grumpy at the party. Too loud for me.", reply: "Yeah well you always ruin my nights." });
    expect(r).toMatch(/thank you|appreciate|we're okay/i);
    expect(r).not.toMatch(/gentle with yourself|hard on yourself|ruin/i);
  });

  it("does not thank the sharer for thanks they say nobody gave", () => {
    const r = rewrite({ share: "My boss made me stay two hours late to fix his mistake. Didn't even say thanks.", reply: "Pfft, mine does that every week." });
    expect(r).not.toMatch(/thank you|means so much/i);
  });

  it("meets a lovely moment told without a feeling word as lovely, not rough", () => {
    const r = rewrite({ share: "Had a lovely walk with Dad. He asked about my work and actually listened.", reply: "Did he ask about me at all?" });
    expect(r).not.toMatch(/rough|hard|sorry/i);
  });

  it("says back a hurtful phrase someone used of them", () => {
    const r = rewrite({ share: "My sister called me 'dramatic' in front of the kids. I was so embarrassed.", reply: "Well, you can be a bit dramatic." });
    expect(r).toMatch(/"dramatic"/);
    expect(r).not.toMatch(/you can be/i);
  });
});
