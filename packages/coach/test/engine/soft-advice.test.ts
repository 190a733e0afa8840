// Advice said softly (recommendations with an adverb, "it might be helpful if you", "one
// thing you could…", "some people find…", "what if you…", "you can join…", a benefit of
// doing something) is `fixing`; hedges, invitations, farewells and questions about their
// own thinking are not. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { analyzeWith } from "../../src/analyze.ts";
import type { Analysis, AnalyzeInput } from "../../src/contract.ts";

const SHARE = "Work has been so lonely since everyone went remote, I barely talk to anyone all week.";

const fixing = (reply: string): boolean => analyze({ share: SHARE, reply }).pitfalls.includes("fixing");
const explores = (reply: string): boolean => analyze({ share: SHARE, reply }).moves.includes("exploration");

// These tests guard the rule stage (cues, spans, context); the learned model is measured
// on the writers' corpus instead (scripts/eval-coach.ts).
const analyze = (input: AnalyzeInput): Analysis => analyzeWith(input, null);

describe("soft advice is fixing", () => {
  const cases: [string, string][] = [
    ["recommendation with an adverb", "I'd honestly recommend a coworking space a couple of days a week."],
    ["we recommend", "We usually suggest a short call with the team each morning."],
    ["what I'd suggest", "What I'd suggest is a standing coffee chat on Fridays."],
    ["I think you need to", "I think you really need to get out of the flat more."],
    ["I hope you consider", "I hope you consider asking your manager for an office day."],
    ["it might be helpful if", "It might be helpful if you set up a lunch with someone once a week."],
    ["it would be a good idea to", "It would be a good idea to join the office running club."],
    ["not a bad idea", "It might not be a bad idea to message your old team."],
    ["worth a try", "A book group could be worth a try."],
    ["it helps if", "It usually helps if you put it in the calendar like a meeting."],
    ["one thing you could", "One thing you could do is work from the library on Wednesdays."],
    ["one option would be", "One option would be a hot desk near people you like."],
    ["a good first step", "A good first step is to text one colleague you miss."],
    ["some people find", "Some people find a walking call makes a big difference."],
    ["I've found that … helped", "I've found that a morning class helped a lot with that."],
    ["sometimes that helps", "Call your sister tonight, sometimes that helps."],
    ["what if you", "What if you invited the new starter for a coffee?"],
    ["what about trying", "What about trying the climbing wall after work?"],
    ["you can + an action", "You can join one of those Tuesday quiz nights."],
    ["and you can + an action", "There's a choir near you and you can sign up online."],
    ["a benefit of doing it", "Getting a dog would keep you busy and meeting people."],
    ["a good way to", "Volunteering is a great way to meet new people."],
    ["you may need to", "You may need to push yourself to go in at first."],
    ["you really do need to", "You really do need to see people outside work."],
    ["imperative with a new verb", "Watch that talk about loneliness, it's good."],
    ["give yourself", "Give yourself one social thing a week."],
    ["mid-sentence just + verb", "Honestly I think just invite them round on Friday."],
    ["then just + verb", "If it bugs you then just leave the group chat."],
  ];
  for (const [name, reply] of cases) it(`${name}: ${reply}`, () => expect(fixing(reply), reply).toBe(true));
});

describe("near misses stay clear of fixing", () => {
  const cases: [string, string][] = [
    ["a hedge, not the verb 'sort'", "Sort of stuck between two worlds, then."],
    ["'just enough' is not an imperative", "Just enough contact to get by?"],
    ["'maybe' alone", "Maybe?"],
    ["an invitation to say more", "Why don't you tell me what a normal day looks like now?"],
    ["starting the talk", "Why don't we start with what you miss most?"],
    ["asking about their own thinking", "Have you thought about what you'd want it to look like?"],
    ["a wh-question with 'could'", "What steps could you take that would feel doable?"],
    ["what else would help", "What else would help you feel less cut off, do you think?"],
    ["a farewell wish", "Stay safe and have a lovely weekend!"],
    ["tell us more", "Tell us more about the team."],
    ["they want to try it", "It sounds like you'd like to try and change that."],
    ["offering help", "Is there anything else I can help you with?"],
    ["what if you fail (a worry)", "What if you feel even worse after?"],
    ["'you can' as reassurance", "It's only a job, you can get a new one."],
    ["a modal inside a wh-question", "What time would you need to leave to make it?"],
    ["what's one thing you can do (asks)", "So what's one thing you can do this week that feels easy?"],
    ["'just' about the replier's own plan", "I wanted to hear how it went and just talk to you for a bit."],
    ["'I thought I'd start'", "I thought I'd start by telling you about my week."],
  ];
  for (const [name, reply] of cases) it(`${name}: ${reply}`, () => expect(fixing(reply), reply).toBe(false));

  it("a wh-question asks for their idea, even with advice words inside", () => {
    for (const reply of [
      "How would you make sure you actually get out at lunch?",
      "What do you think might be good to try first?",
      "So what kind of plan could you put in place to see people more?",
    ]) {
      expect(fixing(reply), reply).toBe(false);
      expect(explores(reply), reply).toBe(true);
    }
    // …but "what if you…" and "what about…" still propose.
    expect(fixing("What if you asked to sit with the design team?")).toBe(true);
  });

  it("'how confident are you…', 'tell me why…' and 'why don't we start by…' explore", () => {
    expect(explores("How confident are you that you could ask for an office day")).toBe(true);
    expect(explores("Tell me why the office days matter so much to you.")).toBe(true);
    expect(explores("Why don't we start by you telling me what a good week looked like before?")).toBe(true);
  });

  it("an invitation to say more still explores", () => {
    expect(explores("Why don't you tell me what a normal day looks like now?")).toBe(true);
  });
});
