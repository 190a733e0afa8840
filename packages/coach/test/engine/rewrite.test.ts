// The whole-reply rewrite keeps the replier's own words, defers advice, names the
// feeling and ends with an open question; it is null when nothing needs improving.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.ts";

describe("rewrite", () => {
  it("defers unasked advice in the replier's words and ends with a question", () => {
    const a = analyze({ share: "I'm so overwhelmed with the wedding planning I could cry", reply: "Ugh, I'm sorry. You should hire a planner." });
    expect(a.rewrite).toMatch(/^Ugh, I'm sorry\./);
    expect(a.rewrite).toMatch(/whenever you want.*hire a planner/i);
    expect(a.rewrite).toMatch(/overwhelm/);
    expect(a.rewrite).toMatch(/\?$/);
    expect(a.rewrite).not.toMatch(/you should/i);
  });
  it("drops a dismissal and keeps the caring part", () => {
    const a = analyze({ share: "I'm anxious about the surgery", reply: "Don't worry, I'll be in the waiting room the whole time." });
    expect(a.rewrite).not.toMatch(/don't worry/i);
    expect(a.rewrite).toMatch(/I'll be in the waiting room the whole time/);
    expect(a.rewrite).toMatch(/anxious/);
  });
  it("is not one canned paragraph: different replies give different rewrites", () => {
    const share = "My manager criticised me in front of everyone and I felt humiliated";
    const r1 = analyze({ share, reply: "Just ignore him." }).rewrite;
    const r2 = analyze({ share, reply: "You should report him to HR." }).rewrite;
    expect(r1).not.toEqual(r2);
  });
  it("is null when the reply validates, explores and has no pitfall", () => {
    const a = analyze({ share: "I'm nervous about the exam", reply: "That makes sense, it's a big one. What's worrying you most?" });
    expect(a.pitfalls).toEqual([]);
    expect(a.rewrite).toBeNull();
  });
  it("keeps asked-for advice and adds a validation", () => {
    const a = analyze({ share: "Any tips for the driving test? I'm so nervous", reply: "Get there early so you're not rushing." });
    expect(a.rewrite).toMatch(/Get there early so you're not rushing\./);
    expect(a.rewrite).toMatch(/nervous|nerve/);
  });
  it("celebrates good news", () => {
    const a = analyze({ share: "I passed my driving test!!", reply: "Nice." });
    expect(a.rewrite).toMatch(/wonderful/);
  });

  it("names both feelings a share names, and never echoes one word as 'sounds X — you feel X'", () => {
    const share = "My manager criticised my report in front of the whole team. I felt humiliated and I'm still anxious about tomorrow.";
    const a = analyze({ share, reply: "You should just talk to your boss tomorrow." });
    expect(a.rewrite).toMatch(/no wonder you feel humiliated and anxious\./);
    expect(a.rewrite).not.toMatch(/humiliating/);
    const b = analyze({ share: "Work has been so overwhelming lately", reply: "Just make a list." });
    expect(b.rewrite).toMatch(/you feel overwhelmed/);
    expect(b.rewrite).not.toMatch(/overwhelming — /);
    // Short words and other endings echo too.
    const c = analyze({ share: "I feel so sad and lonely this week", reply: "Just go to bed early." });
    expect(c.rewrite).toMatch(/^That sounds really hard — no wonder you feel sad and lonely\./);
    const d = analyze({ share: "I'm tired and sad", reply: "Just go to bed early." });
    expect(d.rewrite).not.toMatch(/tiring/);
  });

  it("meets a loss with sorrow and 'how are you holding up?', not 'how did it feel?'", () => {
    for (const share of ["My dog died this morning", "I got laid off today.", "We lost our cat last night"]) {
      const a = analyze({ share, reply: "Everything happens for a reason." });
      expect(a.rewrite, share).toMatch(/^I'm so sorry — that's a lot to take in\. How are you holding up\?$/);
    }
    // Not every "died" is a loss.
    const phone = analyze({ share: "My phone died on the way home, so I missed your call.", reply: "You should charge it." });
    expect(phone.rewrite ?? "").not.toMatch(/so sorry|holding up/);
  });
});
