// Coach v5: rewrites repair the reply instead of replacing it. Regression cases for the
// kinds of rewrite the blind judge of coach 4.0.0 graded 0, each written for this test
// in our own words (not the blind writer's text): the share's kind misread (cheer for
// bad news told with a kind word, excitement for "I want to crawl into a hole", "that
// sounds hard" for a win), the replier's good words stripped for a stock line, a pity
// opener losing its name, a capital slipping into a clause said back, half a question
// turned into a statement, a bid met twice, a stock question appended.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { composedRewrite as rewrite } from "./rewrite-checks.ts";
import { loadTraining } from "../../scripts/lib/corpus.ts";
import { offered } from "../../src/contract.ts";

describe("rewrites repair the reply (coach v5)", () => {
  it("says shouted news back in ordinary case, never with one letter lowered ('you gOT…')", () => {
    const rewrite = offered(
      analyze({
        share: "PASSED MY DRIVING TEST!!! FIRST GO!!",
        reply: "about time lol. so can you do the school run on mondays now",
      }),
    );
    expect(rewrite).not.toBeNull();
    expect(rewrite).not.toMatch(/\p{Ll}\p{Lu}{2,}/u);
    expect(rewrite).toMatch(/passed your driving test/i);
  });

  it("never cheers bad news that was told with a kind word in it", () => {
    const r = rewrite(
      "The landlord said no to fixing the boiler. He was really nice about it, which somehow made it worse.",
      "Ah, I know that feeling. When they knocked me back for the flat I was the same, felt about twelve.",
    );
    expect(r).not.toBe("");
    expect(r).not.toMatch(/lovely|special|love that|amazing|tell me more/i);
    expect(r).not.toMatch(/knocked me back|felt about twelve|know that feeling/i);
  });

  it("reads 'I want to crawl under a rock' as mortification, not a wish", () => {
    const r = rewrite(
      "Your sister told the whole group chat we're house hunting. I want to crawl under a rock.",
      "I only told her in passing! You can't blame me for what she does.",
    );
    expect(r).not.toBe("");
    expect(r).not.toMatch(/picturing|tell me more|love that you're thinking|drawing you/i);
    expect(r).not.toMatch(/can't blame me/i);
  });

  it("meets good news told without a feeling word as good news", () => {
    for (const [share, reply] of [
      ["Takings up 15% this month!! The sourdough is flying off the shelves!", "Great. Don't get carried away though, the rent's due Friday."],
      [
        "Got the promotion!!! First woman to run the depot and I don't care who moans",
        "Great! Just be careful what you say to the lads, you know what they're like.",
      ],
    ] as const) {
      const r = rewrite(share, reply);
      expect(r, share).not.toBe("");
      expect(r, share).not.toMatch(/hard|a lot to deal|rough|sorry|carried away|careful/i);
      expect(r, share).toMatch(/amazing|proud|brilliant|well done|look at you|happy|huge/i);
    }
  });

  it("cuts only the pity and keeps the rest word for word, the name with its opener", () => {
    const r = rewrite(
      "Lost two hens to the fox last night. Found what was left this morning. I know it happens but I sat in the car for ages.",
      "Oh Megan, you poor thing. Two of them, and you found them yourself. Come and sit down, I'll sort the coop.",
    );
    expect(r).toBe("Oh Megan. Two of them, and you found them yourself. Come and sit down, I'll sort the coop.");
  });

  it("keeps what follows a pity opener in the same sentence, and adds no question to an offer of quiet", () => {
    const r = rewrite(
      "Rough shift. Two falls and a man shouting at me in the corridor. I'm still shaking.",
      "Oh you poor love, what a shift. I'll run you a bath and you can tell me about it, or not.",
    );
    expect(r).toBe("Oh, what a shift. I'll run you a bath and you can tell me about it, or not.");
  });

  it("says a clause back without the capital of its own sentence start", () => {
    const r = rewrite("Supervisor had a go at me on the ward again. Don't know if I can keep doing this.", "Bless you. You poor lamb. I feel awful for you.");
    expect(r).toMatch(/you don't know/);
    expect(r).not.toMatch(/\b(?:you|I) (?!I\b)[A-Z][a-z]/);
    expect(r).not.toMatch(/poor lamb|awful for you/i);
  });

  it("never turns half a question into a statement, and keeps the replier's own validating words", () => {
    const r = rewrite(
      'A parent complained I was "too political" in assembly. Never felt so small at work.',
      "Small at work, after everything you've built there. That's awful. Did the head back you, or are you going to have to say sorry?",
    );
    expect(r).toBe("Small at work, after everything you've built there. That's awful.");
  });

  it("meets a bid once: their own 'I miss you too' is not said twice", () => {
    const r = rewrite(
      "Miss you so much tonight. House is too quiet. Two more weeks.",
      "Aw I miss you too. I know the feeling, believe me. Honestly it's worse for me here, everyone's off to the pub with their other halves.",
    );
    expect(r.match(/miss you too/gi)).toHaveLength(1);
    expect(r).not.toMatch(/worse for me|know the feeling/i);
  });
});

describe("rewrites of the writers' replies (coach v5)", () => {
  const cases = loadTraining().filter((c) => c.reply !== undefined);
  const analysed = cases.map((c) => ({ c, a: analyze({ share: c.share, reply: c.reply ?? "", partnerNotes: c.notes }) }));
  // Lowercase words only: a rewrite may change case, punctuation and the "but" between two kept clauses.
  const words = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[^\p{L}\p{N}' ]+/gu, " ")
      .split(/\s+/)
      .filter(Boolean)
      .join(" ");

  it("are offered only when a pitfall is found or nothing kind is: a reply that lands is left alone", () => {
    const offeredOnLanding = analysed.filter(({ a }) => a.pitfalls.length === 0 && a.moves.length > 0 && offered(a) !== null);
    expect(offeredOnLanding.map(({ c }) => c.id)).toEqual([]);
  });

  it("offer a rewrite made of the replier's own words, never with a starter beside it (coach 10)", () => {
    let rewrites = 0;
    for (const { c, a } of analysed) {
      expect(a.rewrite === null || a.starter === null, c.id).toBe(true);
      if (a.rewrite === null) continue;
      rewrites++;
      const reply = ` ${words(c.reply ?? "")} `;
      const notTheirs = a.rewrite
        // An emoji ends a sentence for the coach too ("babe 🫶 Writers block…"): each side is read as a part.
        .split(/(?<=[.!?\p{Extended_Pictographic}])\s+|,\s*/u)
        .map(words)
        .filter((part) => part !== "" && !reply.includes(` ${part} `));
      expect(notTheirs, `${c.id}: ${a.rewrite}`).toEqual([]);
    }
    // The property is about something: hundreds of replies keep their words.
    expect(rewrites).toBeGreaterThan(500);
  });

  it("append no stock question and add at most one sentence of ours", () => {
    for (const { c, a } of analysed) {
      const offer = offered(a);
      if (offer === null) continue;
      expect(offer, c.id).not.toMatch(
        /what's it been like for you|how are you feeling about it now|i want to hear all about it|do you want to tell me more|how did that feel|what was that like for you/i,
      );
      const reply = words(c.reply ?? "");
      // A sentence is ours when most of its words are not the replier's.
      const theirs = new Set(reply.split(" "));
      const ours = offer.split(/(?<=[.!?])\s+/).filter((s) => {
        const w = words(s).split(" ");
        return w.filter((x) => theirs.has(x)).length * 2 < w.length;
      });
      // One line of ours; a quote said back ('Ouch, "too soft"? That would sting.') or a grievance owned
      // ("That's fair: … I'm sorry it landed on you like that.") reads as two by its punctuation.
      expect(ours.length, `${c.id}: ${offered(a)}`).toBeLessThanOrEqual(2);
    }
  });
});
