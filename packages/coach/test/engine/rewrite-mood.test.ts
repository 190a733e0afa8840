// Coach v7.1: the judges' zeros on w10 were mostly the share's mood misread (good news
// met as bad, a complaint about the replier met with generic care, "sorry for the essay"
// thanked as an apology) and replies cut to a bare "oh no.". These tests hold the share
// reading and the bare-fragment rule in general terms. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { composedRewrite as rewrite, kindOf } from "./rewrite-checks.ts";

describe("the share's mood", () => {
  it("reads an exclaimed announcement with nothing heavy in it as news to be glad of", () => {
    expect(kindOf("Auntie Rose is coming for New Year!")).toMatch(/^(?:good-news|moment|achievement)$/);
    expect(kindOf("The garden party went off! Eighty people and the sun came out.")).not.toBe("hard");
    const out = rewrite("Auntie Rose is coming for New Year!", "Right. She can sleep on the sofa then, my back's killing me.");
    expect(out).not.toMatch(/oh no|sorry|are you okay|how are you feeling|sounds (?:really )?hard/i);
    expect(out).not.toBe("");
  });

  it("does not read an exclaimed gripe, sarcasm or bad news as glad", () => {
    expect(kindOf("My manager is an idiot!")).not.toMatch(/good-news|achievement|moment/);
    expect(kindOf("Great, just great!")).not.toMatch(/good-news|achievement|moment/);
    expect(kindOf("The car died on the ring road!")).not.toMatch(/good-news|achievement|moment/);
    expect(kindOf("Dad's in hospital again!")).not.toMatch(/good-news|achievement|moment/);
  });

  it("reads 'sorry for the essay' as about the message, not an apology owed to the replier", () => {
    const share = "Sorry for the essay but I need to say it. I yelled at my sister today and she cried. I'm meant to be the calm one.";
    expect(kindOf(share)).not.toBe("apology");
    expect(rewrite(share, "why did you yell at her though?")).not.toMatch(/saying sorry|we'?re (?:ok|okay|fine)/i);
  });

  it("does not read a question someone asked ('if I got') as an achievement", () => {
    expect(kindOf("Gran asked again if I got a boyfriend. Felt like a liar.")).not.toBe("achievement");
  });

  it("reads hurt at others' hands as hurt, and 'feel like a new man' as glad", () => {
    expect(kindOf("Told the cousins to stop giving him sweets. He's 6 months! They laughed at me. I felt like such a killjoy.")).not.toBe("moment");
    expect(kindOf("got my first good night sleep in weeks. 8 hours. I feel like a new man")).not.toBe("hard");
  });

  it("reads 'I feel like I'm in the way… when you come home' as about oneself, not a complaint", () => {
    expect(kindOf("I feel like I'm in the way. Sat on the sofa like a lump when you come home.")).not.toBe("complaint");
  });
});

describe("a complaint about the replier", () => {
  it("is owned, not met with generic care", () => {
    for (const [share, reply] of [
      ["Baby was up 2 til 5 and you slept through it.", "I had a ten hour shift, I'm not a machine. Why didn't you wake me?"],
      ["gym with the lads on the one night i asked you to stay in. not asking again.", "i'm allowed one night. you don't see half of what i do."],
      ["Can you stop sharing the kids' photos without asking", "people like seeing them. i'm only trying to help"],
    ] as const) {
      const out = rewrite(share, reply);
      expect(out).toMatch(/sorry|you'?re right/i);
      expect(out).not.toMatch(/are you okay|how are you (?:feeling|doing)/i);
    }
  });

  it("keeps an offer of theirs that owns it", () => {
    expect(
      rewrite(
        "your sister put a pic of the baby on instagram with 'our little fighter'. she's met her once.",
        "i know, it's grim. i'll ask her to take it down. tbh though i'm sick of being stuck in the middle of you two",
      ),
    ).toMatch(/i'll ask her to take it down/);
  });
});

describe("what is kept", () => {
  it("keeps 'on my way now' and an offer with 'so you can just…'", () => {
    expect(rewrite("scan showed a shadow. they want more tests. i'm shaking", "shit. on my way now. did you ask what the odds are?")).toMatch(/on my way now/);
    expect(
      rewrite(
        "Dad's memorial is next week. Everyone's coming. I'm holding it together for everyone and I'm so tired.",
        "I know exactly what that's like. Do you want me to do the food on the day so you can just be with your family?",
      ),
    ).toMatch(/do the food on the day/);
  });

  it("adds one clause to a bare 'oh no.', keeping their lowercase", () => {
    const out = rewrite("Had to sign the consent form for Dad's surgery today.", "oh no. that's so sad for you love, you poor thing");
    expect(out).toMatch(/^oh no\. /);
    expect(out.split(/\s+/).length).toBeGreaterThan(2);
    expect(out).not.toMatch(/^Oh/);
  });

  it("adds nothing after a glad word of theirs on a share not read as glad", () => {
    const out = rewrite(
      "been asked to go to leeds for 3 months. it's huge. but you've only just moved back. i'm torn",
      "so you're leaving right after i moved back? brilliant",
    );
    expect(out).not.toMatch(/brilliant,? (?:oh no|no wonder|of course)/);
  });

  it("never offers 'Look at you!'", () => {
    expect(rewrite("Got my first paycheck as a nurse!", "Nice. Now you can pay the gas bill lol")).not.toMatch(/look at you/i);
  });
});
