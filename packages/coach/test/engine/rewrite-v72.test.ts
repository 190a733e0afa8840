/**
 * Coach v7.2 (issue 12): the w11 judges' reasons. No question that fits any share; no
 * sentence of theirs kept that the coach still reads a pitfall in; approvals and praise
 * met as good news; their own warm words ("Pole sana") kept.
 */
import { describe, expect, it } from "vitest";
import type { AnalyzeInput } from "../../src/contract.ts";
import { analyze } from "../../src/index.ts";
import { offered } from "../../src/contract.ts";

const shipped = (input: AnalyzeInput): string => offered(analyze(input)) ?? "";
const GENERIC = /how are you (?:feeling|doing)|what'?s worrying you most|are you okay\?/i;

describe("coach v7.2 rewrites", () => {
  it("drops a hurtful sentence kept after a kinder start", () => {
    const money = shipped({
      share: "We lost two calves to jerv last night. I am so angry.",
      reply: "Uff, I'm sorry about the calves. But the insurance from the state pays for predator loss, no? So it is not so bad in money at least.",
    });
    expect(money).toMatch(/^Uff, I'm sorry about the calves\./);
    expect(money).not.toMatch(/not so bad/i);
    const banter = shipped({
      share: "You told your mates I cry at everything.",
      reply: "Babe it was banter. You do cry at Bake Off though 😂 Don't be so touchy.",
    });
    expect(banter).not.toMatch(/banter|touchy/i);
    expect(banter).not.toBe("");
  });

  it("adds no question that fits any share", () => {
    const shirt = shipped({ share: "Couldn't button my shirt this morning.", reply: "It's only buttons, love. Wear the pullover, nobody's checking." });
    expect(shirt).not.toMatch(GENERIC);
    expect(shirt).not.toMatch(/only buttons/i);
    const useless = shipped({
      share: "I feel useless watching you haul the buckets.",
      reply: "Ruth I'm 66 and my back is killing me, I'd love to be \"useless\" for a day.",
    });
    expect(useless).not.toMatch(GENERIC);
  });

  it("meets an approval or praise at work as good news", () => {
    const daca = shipped({
      share: "DACA renewal approved. Two more years.",
      reply: "Of course they approved it, I told you it was gonna be fine, you were freaking out for nothing for like 3 months.",
    });
    expect(daca).toMatch(/great|good|brilliant|amazing/i);
    expect(daca).not.toMatch(GENERIC);
    const demo = shipped({
      share: "Sprint demo went very well, CTO praised my module.",
      reply: "Aki poa. Ata mimi I need a win, today another sacco said no to the loan. Nothing is moving for me.",
    });
    expect(demo).toMatch(/great|good|brilliant|amazing/i);
  });

  it("keeps an apology that names what they did whole, and cuts only the excuse", () => {
    const mom = shipped({
      share: "You forgot my mom at dialysis. She waited an hour.",
      reply: "My bad, I'm sorry, she shouldn't have been sitting out there like that. But you also didn't remind me this morning like you usually do, so.",
    });
    expect(mom).toBe("My bad, I'm sorry, she shouldn't have been sitting out there like that.");
    const yelled = shipped({
      share: "You yelled at Jaxon in front of his mates and he's not talking to us.",
      reply: "Sorry. I lost it. But u weren't there Lee, u don't know what he said first",
    });
    expect(yelled).toBe("Sorry. I lost it.");
  });

  it("keeps their own warm words", () => {
    const pole = shipped({
      share: "They took the matatu today.",
      reply: "Pole sana, love. Sasa what are you going to do? Will you look for a driving job or go back to the sacco?",
    });
    expect(pole).toMatch(/^Pole sana, love\./);
    expect(pole).not.toMatch(/driving job|sacco/i);
  });
});
