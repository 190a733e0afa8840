// Coach 8.3: rewrites the w13/w14 judges graded 1 or 0 for a cause that is general: their
// own kind words cut, a stiff "of course" echo, a feeling that is not the sharer's said back
// as theirs, and thanks after a grumble. Sentences written for this test, not the writers'.
import { describe, expect, it } from "vitest";
import { brokenParts, composedRewrite as rewrite } from "./rewrite-checks.ts";

describe("their own kind words stay", () => {
  it("keeps a guess at their inner state ('you must have felt…')", () => {
    const out = rewrite(
      "At the staff meeting they all spoke Finnish the moment I sat down. Like a coat on a hook.",
      "That's so lonely. You must have felt shut out. Are you going to raise it with your manager?",
    );
    expect(out).toMatch(/You must have felt shut out/);
    expect(out).not.toMatch(/manager/);
  });

  it("keeps their verdict on the event ('that's sickening') and drops the me-turn", () => {
    const out = rewrite(
      "Somebody lifted the cash box off the market table while I was wrapping a vase. £200 gone.",
      "Oh Kemi. After all those Saturdays you stood there, that's sickening. And now we won't have the money for the boiler, I was counting on it.",
    );
    expect(out).toMatch(/that's sickening/);
    expect(out).not.toMatch(/boiler|we won't|counting on/);
    expect(brokenParts(out)).toEqual([]);
  });

  it("reads 'that's so unfair on you' as validation, 'life is unfair to you' as pity", () => {
    const share = "Dad keeps praising my brother. He never lifts a finger. I'm the one who drives Dad to every appointment.";
    const out = rewrite(share, "That's so unfair on you. My dad was the same with my sister, honestly, he still is. I remember one birthday...");
    expect(out).toMatch(/unfair on you/);
    expect(out).not.toMatch(/my sister|birthday/);
    expect(rewrite(share, "Oh hun. Life is so unfair to you. You should tell him.")).not.toMatch(/unfair to you/);
  });

  it("keeps a short echo question beside their validation, not alone", () => {
    const kept = rewrite(
      "The surgeon tore into me at handover in front of the whole night team.",
      "For god's sake. In front of the night team? That's humiliating. I know exactly how that feels, honestly.",
    );
    expect(kept).toMatch(/In front of the night team\? That's humiliating\./);
    const alone = rewrite("I need to go to my sister's for the harvest, two weeks.", "Two weeks? We just got back. Who's walking the dog then?");
    expect(alone).not.toMatch(/^Two weeks\?/);
  });
});

describe("their feeling said back plainly", () => {
  it("drops their intensifier and a long tail after 'of course' / 'no wonder'", () => {
    const a = rewrite("I'm so nervous about the scan results on Thursday afternoon.", "Why are you nervous? It was fine last year.");
    expect(a).toMatch(/(?:of course|no wonder) you're nervous\./i);
    const b = rewrite("I'm tired of doing every school run on my own.", "Mate, what do you think I'm doing at the depot, having a laugh?");
    expect(b).not.toMatch(/tired of doing every school run/i);
    expect(brokenParts(a)).toEqual([]);
    expect(brokenParts(b)).toEqual([]);
  });

  it("keeps a short fear clause of theirs, cuts a long one", () => {
    const short = rewrite("I'm scared I'll mess up the speech.", "Why? You never mess up.");
    expect(short).toMatch(/scared you'll mess up the speech/);
    const long = rewrite("Dad's scooter's broken again. I'm worried he'll stop wanting to go out at all.", "Why? You worry too much.");
    expect(long).toMatch(/you're worried\./);
    expect(long).not.toMatch(/at all/);
    expect(brokenParts(long)).toEqual([]);
  });

  it("never says back someone's look or act as the sharer's feeling", () => {
    const flowers = rewrite("The judge at the show said my roses looked tired. I'm not entering again.", "Well you did leave them out in the rain.");
    expect(flowers).not.toMatch(/you're tired/i);
    const done = rewrite("the registrar humiliated me at the morning meeting", "Why, what did you do?");
    expect(done).not.toMatch(/of course you're humiliated/i);
    const felt = rewrite("Everyone switched to Welsh at lunch again and I felt invisible.", "Why do you let it bother you? Just join in.");
    expect(felt).not.toMatch(/you're invisible/i);
  });
});

describe("a grumble is not followed by thanks", () => {
  it("says sorry, not 'thanks for telling me', after their 'ugh'", () => {
    const out = rewrite(
      "Pepper lay by the door with your slipper all evening",
      "Ugh, poor you having to watch that every night, I feel so sorry for you stuck with a sulking dog 😢",
    );
    expect(out).not.toMatch(/^(?:ugh|oh no)[,.]? (?:thanks for telling me|i'm glad you told me)/i);
  });
});

describe("where it happened, asked back", () => {
  it("says 'in front of …' back as a question rather than the whole event", () => {
    const cases: [string, string, RegExp][] = [
      ["My brother said I'd let myself go. In front of the kids.", "Why do you care what he thinks? Just ignore him.", /in front of the kids\?/],
      [
        "The supervisor called me slow in front of the whole crew because the till jammed.",
        "Well were you slow? You have to speed up.",
        /in front of the whole crew\?/,
      ],
      [
        "Grandma asked about my weight in front of your cousins",
        "She's old, she doesn't mean anything by it. Why do you take it so personally?",
        /in front of my cousins\?/,
      ],
    ];
    for (const [share, reply, where] of cases) {
      const out = rewrite(share, reply);
      expect(out).toMatch(where);
      expect(out).not.toMatch(/said you'd|called you|asked about your weight/);
      expect(brokenParts(out)).toEqual([]);
    }
  });
});

describe("no pity or envy left behind", () => {
  it("drops what is left of the pity once 'poor you' goes", () => {
    const a = rewrite("Couldn't do up my buttons this morning, hands too stiff.", "Oh Jim, poor thing. I feel just awful for you, it is such a pity.");
    expect(a).not.toMatch(/pity/);
    const b = rewrite(
      "Raining for the ninth day. I hate it here in autumn.",
      "Poor you, so far from your sunshine and stuck indoors. I feel so sorry for you.",
    );
    expect(b).not.toMatch(/far from your sunshine|stuck indoors/i);
    const c = rewrite("Missing Accra today.", "Poor love, so sad you're stuck here away from everyone. I feel bad for you.");
    expect(c).not.toMatch(/stuck here/);
    for (const out of [a, b, c]) expect(brokenParts(out)).toEqual([]);
  });

  it("drops a wish of the replier's that answers their hard time with envy", () => {
    const out = rewrite(
      "So lonely tonight. The flat is silent.",
      "Aw hun. At least you've got the cat! I'm in a bunkhouse with four snorers. I'd kill for silent.",
    );
    expect(out).not.toMatch(/kill for|snorers|at least/i);
  });
});
