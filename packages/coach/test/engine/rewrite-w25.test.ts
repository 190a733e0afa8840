// Coach 10.4: the w25–w28 judges' zeros (round 5) that were bugs, not taste: a rewrite cut
// mid-phrase ("…this weekend if you."), good news met with "I'm so sorry" and a slight met with
// "amazing news", and lines of ours that agreed with what hurt them ("no wonder you're
// rejected", "no wonder you feel tired" after someone said they look it, "no wonder you feel
// more ashamed than proud"). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { tidySentence } from "../../src/rewrite/clean.ts";
import { flipPerson } from "../../src/rewrite/echo.ts";
import { specificsOf } from "../../src/rewrite/specifics.ts";
import { readShare } from "../../src/share.ts";
import { composedRewrite as rewrite, kindOf } from "./rewrite-checks.ts";

const feelingsOf = (share: string): string[] => specificsOf(share, readShare(share)).feelings;

describe("a sentence's end", () => {
  it("keeps 'if you like' and 'see you then', and still drops a texter's trailing 'like'", () => {
    expect(tidySentence("I can pick you up from the station if you like")).toBe("I can pick you up from the station if you like.");
    expect(tidySentence("We'll sort it at the weekend, see you then")).toBe("We'll sort it at the weekend, see you then.");
    expect(tidySentence("whatever you'd like")).toBe("Whatever you'd like.");
    expect(tidySentence("it was so weird like")).toBe("It was so weird.");
    expect(tidySentence("and then")).toBe("");
  });

  it("gives no rewrite cut to a bare 'if you'", () => {
    const out = rewrite("Miss my gran so much tonight.", "Ahh bless you hun, shame for you. I'll drive you up to Leeds on Sunday if you like.");
    expect(out).toMatch(/if you like\.$/);
  });
});

describe("the share's mood", () => {
  it("reads praise at work as good news, and a slight on the way out as no achievement", () => {
    expect(kindOf("My supervisor gave me a glowing review today, said the juniors all ask for me. Did not see that coming")).toMatch(
      /good-news|moment|achievement/,
    );
    expect(kindOf("Leaving do was today. They spelled my name wrong on the card. Thirty years.")).not.toMatch(/good-news|moment|achievement/);
  });
});

describe("a feeling said back is theirs", () => {
  it("is not what someone did to their things ('the board rejected my bid')", () => {
    expect(feelingsOf("The board rejected my bid and I'm in pieces.")).not.toContain("rejected");
    // A feeling of theirs before "my" stays theirs.
    expect(feelingsOf("I'm so worried my dad won't cope on his own.")).toContain("worried");
  });

  it("is not what someone said they look like ('Mum said I look tired')", () => {
    expect(feelingsOf("Mum said I look tired. Then she said she managed with five kids.")).not.toContain("tired");
  });

  it("is never their verdict on themselves said back in their own words", () => {
    for (const reply of ["Ashamed? Why would you feel ashamed on our anniversary? That's crazy.", "Why would you feel like that? That's daft, babe."]) {
      const out = rewrite("Ten years today and I feel more ashamed than proud tbh.", reply);
      expect(out).not.toMatch(/ashamed/i);
      expect(out).not.toBe("");
    }
  });
});

describe("their offer", () => {
  it("stays when a first clause comes before it ('I'm leaving work early, I'll come get you')", () => {
    const out = rewrite(
      "It's a year today since we lost the baby. I've been sat crying in the car.",
      "Poor you, so sad for you. I'm leaving work early, I'll come and pick you up from there.",
    );
    expect(out).toContain("I'll come and pick you up from there");
    expect(out).not.toMatch(/poor you|sad for you/i);
  });
});

// Coach 10.4.2: round 6's (w29, w30; judges AC and AD) broken lines.
describe("round 6's broken lines", () => {
  it("drops a condition left alone when what it led to was cut", () => {
    expect(tidySentence("Cos if you don't")).toBe("");
    expect(tidySentence("If he won't.")).toBe("");
    // A condition with its own point stays.
    expect(tidySentence("If you want")).toBe("If you want.");
    const out = rewrite(
      "My brother won't come to the wedding if you're there. And Mum said nothing.",
      "That's horrible, love, you didn't deserve that. Have you thought about ringing your mum and telling her how much it hurt? Cos if you don't, she'll just keep doing it.",
    );
    expect(out).not.toMatch(/\bif you don'?t\.?$/i);
    expect(out).toMatch(/you didn't deserve that/);
  });

  it("says 'you weren't' back as 'I wasn't', never 'I weren't'", () => {
    expect(flipPerson("you weren't at my recital")).toBe("I wasn't at your recital");
    expect(flipPerson("u werent there")).toBe("I wasnt there");
  });

  it("says 'I wasn't' back as 'you weren't', never 'you wasn't'", () => {
    expect(flipPerson("I wasn't told")).toBe("you weren't told");
    expect(flipPerson("i wasnt told")).toBe("you werent told");
  });

  it("does not read being hit or robbed as an achievement", () => {
    expect(kindOf("got rear-ended on the bypass, car's a write-off")).not.toMatch(/good-news|moment|achievement/);
    expect(kindOf("We got burgled last night. They took the telly.")).not.toMatch(/good-news|moment|achievement/);
  });
});
