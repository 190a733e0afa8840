// Coach v6: regression cases for what the blind judge of coach 5.0.0 graded 0 or "generic",
// each written for this test in our own words (not the blind writer's text): text-speak
// and dialect said back badly ("I were… at u nans"), a lone vocative left behind, pity or
// a claim to know kept in a sentence with a move, the replier's own story kept after a
// me-too, flat good news met as a hard time, bad news told with a glad word cheered, and
// the plain "That sounds really hard." where the share's situation can be said back.
import { describe, expect, it } from "vitest";
import { composedRewrite as rewrite } from "./rewrite-checks.ts";
import { flipPerson } from "../../src/rewrite/echo.ts";
import { situationLine } from "../../src/rewrite/compose.ts";

const GENERIC = /^(?:\p{L}+[,.]? )?(?:that sounds really hard|that's a lot to deal with|oh, that's rough)\.?$/iu;

describe("rewrites, coach v6", () => {
  it("says text-speak and dialect back in ordinary grammar ('u were… at me mams' → 'I was… at ur mam's')", () => {
    expect(flipPerson("u were on ur laptop all night at me mams")).toBe("I was on my laptop all night at your mams");
    expect(flipPerson("you was late again")).toBe("I was late again");
    const r = rewrite("u were on ur laptop all night at me mams", "and? u were on urs too half the time so dont start");
    expect(r).not.toBe("");
    expect(r).not.toMatch(/\bI were\b|\bu mams\b|\byou mams\b/i);
  });

  it("says one shouted word of good news back in ordinary case ('you passed', never 'you pASSED')", () => {
    const r = rewrite(
      "FINISHED the marathon in under five hours!",
      "Nice. Hope you're not going to be limping round all week though, we've got the move Saturday.",
    );
    expect(r).not.toBe("");
    expect(r).not.toMatch(/\p{Ll}\p{Lu}{2,}/u);
  });

  it("never leaves a name or endearment standing alone as a sentence", () => {
    for (const [share, reply] of [
      [
        "They've cut my hours at the bakery to two days.",
        "At least you'll get a lie-in, skarbie. Honestly you were always complaining about the early starts.",
      ],
      ["The new manager moved me off the till in front of everyone.", "Babe you're too sensitive, she probably just needed you elsewhere."],
    ] as const) {
      const r = rewrite(share, reply);
      expect(r, reply).not.toBe("");
      expect(r, reply).not.toMatch(/(?:^|[.!?] )\p{L}+\.(?: |$)/u);
    }
  });

  it("drops pity and a claim to know the feeling even in a sentence that also validates", () => {
    const r = rewrite(
      "Dog's been put to sleep this morning. The house is so quiet.",
      "Oh hun, that's so sad for you. Life is so unfair to you. I know exactly how it feels, I cried for weeks over our cat.",
    );
    expect(r).not.toBe("");
    expect(r).not.toMatch(/sad for you|unfair to you|know exactly|our cat/i);
  });

  it("keeps none of the replier's own story after a me-too", () => {
    const r = rewrite(
      "Results day tomorrow for the nursing course. I feel sick.",
      "Same honestly, I've got my appraisal tomorrow too. I've been a wreck all week.",
    );
    expect(r).not.toBe("");
    expect(r).not.toMatch(/appraisal|been a wreck|\bsame\b/i);
  });

  it("keeps a kind opener and drops only what follows the pity ('Aw no, poor you' keeps 'Aw no')", () => {
    const r = rewrite("Burnt the christening cake. Three hours of work.", "aw no, poor u, thats so sad 😢 sending hugs");
    expect(r).not.toBe("");
    expect(r).not.toMatch(/poor u|so sad|sending hugs/i);
  });

  it("drops the blame that follows thanks for an apology, and a fretting-about-me fragment", () => {
    const a = rewrite(
      "I was short with you on the phone earlier. Sorry. Work's been mad.",
      "Thanks for saying sorry 💛 But you were properly rude, and in front of my sister.",
    );
    expect(a).not.toMatch(/rude|sister/i);
    const b = rewrite(
      "I worry you won't cope with the kids on your own when I'm in hospital.",
      "Oh pet, you poor thing, lying awake worrying about me. It breaks my heart for you.",
    );
    expect(b).not.toBe("");
    expect(b).not.toMatch(/about me|breaks my heart|poor thing/i);
  });

  it("keeps an offer of the replier's own and drops the me-turn after it", () => {
    const r = rewrite(
      "Migraine's back. Lying in the dark since lunch.",
      "Aw love. Want me to bring you a cold flannel and some toast? Mind, I've got the accounts to finish so I'll be grumpy tomorrow.",
    );
    expect(r).toMatch(/want me to bring you a cold flannel/i);
    expect(r).not.toMatch(/accounts|grumpy/i);
  });

  it("meets flat good news as good news, not as a hard time", () => {
    for (const [share, reply] of [
      ["Council approved the extension plans.", "Right. So when are you going to clear the garage then?"],
      ["Got an interview at the garden centre on Monday", "Good. Wear something smart and don't ramble like you do."],
    ] as const) {
      const r = rewrite(share, reply);
      expect(r, share).not.toBe("");
      expect(r, share).not.toMatch(/hard|a lot to deal|rough|sorry/i);
      expect(r, share).toMatch(/great|brilliant|good to hear|amazing/i);
    }
  });

  it("never cheers bad news told with a glad word ('won't come to the christening', 'contract extended')", () => {
    for (const [share, reply] of [
      ["My brother says he won't come to the christening.", "Why do you even care what he thinks? He never bothers with you."],
      [
        "Just heard. Posting's extended another three months. Won't be home for Christmas.",
        "Three more months?? And I'm meant to do Christmas on my own with your mother?",
      ],
    ] as const) {
      const r = rewrite(share, reply);
      expect(r, share).not.toBe("");
      expect(r, share).not.toMatch(/well done|proud|amazing|brilliant|look at you|congrat/i);
    }
  });

  it("says the share's situation back instead of a plain 'That sounds really hard.'", () => {
    for (const [share, reply] of [
      ["Bakery's closing in March. Nine years I've been there.", "Well you always said you wanted a change, this could be it."],
      ["Sat on my own at the school quiz for two hours.", "Why didn't you just go and sit with Priya? You're overthinking it."],
      ["It's Dad's anniversary on Sunday.", "Oh don't dwell on it love, he wouldn't want you moping."],
      ["The boiler's packed in again.", "Did you bleed the radiators like I said?"],
    ] as const) {
      const r = rewrite(share, reply);
      expect(r, share).not.toBe("");
      expect(r, share).not.toMatch(GENERIC);
      expect(r, share).not.toMatch(/change|overthinking|dwell|moping|bleed/i);
    }
  });

  it("takes the situation's words from the share with their capitals, and a common noun gets 'the'", () => {
    expect(situationLine("Bakery's closing in March.", 0)).toMatch(/^The bakery closing/);
    expect(situationLine("It's Dad's anniversary on Sunday.", 0)).toMatch(/Dad's anniversary/);
    expect(situationLine("Scan's back, nothing new.", 1)).not.toBe("");
    expect(situationLine("Sat on my own at the school quiz for two hours.", 0)).toMatch(/own for two hours/);
    // "One dad told me…" is not the sharer's own dad.
    expect(situationLine("One dad told me I was failing his son.", 0)).toBe("");
    expect(situationLine("Lovely walk by the sea today.", 0)).toBe("");
  });

  it("chooses among a situation's lines deterministically, by share", () => {
    const a = situationLine("The van's broken again.", 0);
    const b = situationLine("The van's broken again.", 1);
    expect(a).not.toBe(b);
    expect(situationLine("The van's broken again.", 0)).toBe(a);
    expect(a).toMatch(/the van again/i);
  });
});
