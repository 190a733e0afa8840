// Every example the coach got wrong in issue 12 ("Coach v2"), tried as a new user would,
// through the shipped path (rules → learned model → rewrite). Sentences from the issue.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";
import { brokenParts } from "./rewrite-checks.ts";
import { offered } from "../../src/contract.ts";

const BOSS = "My boss tore into my slides in front of the whole team today. I felt humiliated and anxious.";
const WORRY = "He's been so distant lately and I keep wondering if something's wrong between us.";

describe("issue 12: replies read right", () => {
  it("'Ugh, same thing happened to me…': the rewrite keeps neither the story nor a double comma", () => {
    const a = analyze({ share: BOSS, reply: "Ugh, same thing happened to me last week, my boss tore into my slides…" });
    expect(a.pitfalls).toContain("hijacking");
    expect(offered(a) ?? "").not.toMatch(/,\s*,|same thing|last week|my boss/);
    expect(brokenParts(offered(a) ?? "")).toEqual([]);
  });

  it("'I can see why you'd start wondering' is not a why-question, and is not rewritten into broken text", () => {
    const a = analyze({ share: WORRY, reply: "I can see why you'd start wondering" });
    expect(a.pitfalls).not.toContain("why_question");
    const offer = offered(a);
    expect(offer ?? "").not.toMatch(/I can see\./);
    if (offer !== null) expect(brokenParts(offer)).toEqual([]);
  });

  it("closed fix-it questions are not praised as open questions", () => {
    const a = analyze({ share: "My brother skipped Dad's birthday and I'm so hurt.", reply: "Did you ask him what he actually wanted?" });
    expect(a.moves).not.toContain("exploration");
    expect(a.pitfalls).toContain("problem_solving_question");
    const b = analyze({ share: "My sister hasn't spoken to me in a week and I'm so anxious.", reply: "Have you tried just calling her?" });
    expect(b.moves).not.toContain("exploration");
    expect(b.pitfalls.some((p) => p === "fixing" || p === "problem_solving_question")).toBe(true);
  });

  it("'That sounds hard, but you're probably overthinking it.' is validating AND minimizing", () => {
    const a = analyze({ share: "I'm really nervous about the interview tomorrow.", reply: "That sounds hard, but you're probably overthinking it." });
    expect(a.moves).toContain("validation");
    expect(a.pitfalls).toContain("minimizing");
    expect(offered(a) ?? "").toMatch(/^That sounds hard\./);
    expect(offered(a) ?? "").not.toMatch(/overthinking/);
  });

  it("a reply that already lands gets no rewrite", () => {
    for (const [share, reply] of [
      [BOSS, "Oh love, in front of everyone? That's so humiliating. I'm here."],
      ["I got the promotion!!", "WHAT!! I'm so proud of you!!"],
      ["Mum's scan is on Friday and I'm scared.", "Of course you're scared. I'll come with you."],
    ] as const) {
      const a = analyze({ share, reply });
      expect(a.pitfalls, reply).toEqual([]);
      expect(offered(a), reply).toBeNull();
    }
  });

  it("the grief rewrite keeps no judgement and offers no 'letting go'", () => {
    const a = analyze({
      share: "Today would have been Sam's 7th birthday. I bought a cupcake and lit a candle and sat with it for a while.",
      reply: "Is that healthy though? Maybe it's time to start letting go a bit.",
    });
    expect(a.pitfalls.length).toBeGreaterThan(0);
    expect(offered(a) ?? "").not.toMatch(/healthy|letting go|whether to/i);
    expect(offered(a) ?? "").toMatch(/sorry/i);
  });

  it("names the sharer's own feelings, both of them", () => {
    const a = analyze({
      share: "I'm excited and gutted at once — the Leeds job came through but it means leaving everyone.",
      reply: "You should just take it, it's a no-brainer.",
    });
    expect(offered(a) ?? "").toMatch(/excited and gutted/);
  });

  it("'why' lines vary between replies", () => {
    const share = "I'm so tired of my commute.";
    const whys = new Set(
      [
        "You should move closer.",
        "Just get the earlier train.",
        "You could work from home more.",
        "Try audiobooks.",
        "Get a bike!",
        "Ask for flexible hours.",
      ].flatMap((reply) =>
        analyze({ share, reply })
          .findings.filter((f) => f.id === "fixing")
          .map((f) => f.why),
      ),
    );
    expect(whys.size).toBeGreaterThanOrEqual(2);
  });

  it("shared joy in capitals and texting, an apology as 'that's on me', pity is not naming, logistics are not exploration", () => {
    expect(analyze({ share: "Ollie got his results!", reply: "HE PASSED MATHS!!!" }).moves).toContain("shared_joy");
    expect(analyze({ share: "I got the flat!!", reply: "omg congrats!!" }).moves).toContain("shared_joy");
    expect(
      analyze({ share: "You forgot to pick me up and I waited an hour in the rain.", reply: "That's on me. I'm sorry, you must have been freezing." }).moves,
    ).toContain("empathic_apology");
    const pity = analyze({ share: "My dog died this morning.", reply: "Oh I'm so sad for you." });
    expect(pity.pitfalls).toContain("sympathy");
    expect(pity.moves).not.toContain("naming_feeling");
    expect(analyze({ share: "We're looking at care homes for mum and I feel sick about it.", reply: "Which homes are you looking at?" }).moves).not.toContain(
      "exploration",
    );
  });

  it("'I'm filthy', 'I could scream' read as mad", () => {
    expect(analyze({ share: "I'm filthy about the parking fine, they ticketed me while I was unloading the shopping." }).shareEmotions).toContain("mad");
    expect(analyze({ share: "I could scream, the landlord ignored us again." }).shareEmotions).toContain("mad");
  });
});
