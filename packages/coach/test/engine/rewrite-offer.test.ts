/**
 * Coach 10: a rewrite is the replier's own words with what might hurt taken out, ready to send;
 * when their words cannot carry a reply alone, the line of ours goes in a starter instead, for
 * them to put in their own words. Never both. (On every writers' reply: rewrite-repair.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { composedReply } from "../../src/analyze.ts";
import { analyze } from "../../src/index.ts";

const ROTA = "The new manager made me redo the whole rota in front of everyone. I felt about two inches tall.";

describe("what the coach offers in place of a reply (coach 10)", () => {
  it("offers their own words, trimmed, when those words meet the sharer", () => {
    const a = analyze({
      share: ROTA,
      reply: "That's humiliating, in front of everyone like that. You should just quit, honestly.",
    });
    expect(a.pitfalls).toContain("fixing");
    expect(a.rewrite).toBe("That's humiliating, in front of everyone like that.");
    expect(a.starter).toBeNull();
  });

  it("offers a starter, not a rewrite, when nothing of theirs can carry the reply", () => {
    const a = analyze({
      share: ROTA,
      reply: "Have you thought about talking to HR about him?",
    });
    expect(a.pitfalls.length).toBeGreaterThan(0);
    expect(a.rewrite).toBeNull();
    expect(a.starter).not.toBeNull();
    expect(a.starter ?? "").not.toMatch(/HR/);
  });

  it("offers no starter that gives nothing to build on: a stock thanks or the share said back bare (coach 10.3)", () => {
    const thanks = analyze({
      share: "The bakery on Clark Street is closing at the end of the month.",
      reply: "Well you should have seen that coming, it was always empty.",
    });
    expect(thanks.pitfalls.length).toBeGreaterThan(0);
    expect(thanks.starter).toBeNull();
    // A share read without feeling: our line would only say it back. (Since 10.7 "…about the house
    // again." reads as annoyed, and a starter with care in it, "Ugh, … I'm sorry.", is offered.)
    const echo = analyze({ share: "My sister called about the house.", reply: "You always let her get to you, just ignore her." });
    expect(echo.shareEmotions).toEqual([]);
    expect(echo.pitfalls.length).toBeGreaterThan(0);
    expect(echo.starter).toBeNull();
    // A line of ours with care in it still starts them off.
    const cared = analyze({
      share: ROTA,
      reply: "Have you thought about talking to HR about him?",
    });
    expect(cared.starter).not.toBeNull();
  });

  it("offers no starter in English beside a reply in another language (coach 10.2)", () => {
    const input = {
      share: "Mi jefe me gritó delante de todo el equipo hoy. Me sentí fatal, humiliated.",
      reply: "Why? ¿Por qué no le contestaste? Siempre te quedas callada y luego lloras en casa.",
    };
    // A line of ours with care in it is composed ("No wonder you feel humiliated."): only the language withholds it.
    expect(composedReply(input)).toMatch(/humiliated/);
    expect(analyze(input).starter).toBeNull();
    // The same reply in English gets one: the guard is about the language, not the reply.
    const english = analyze({
      share: "The doctor went on about my weight again. I felt awful.",
      reply: "And why didn't you say anything to her? You always go quiet, love, that's no way.",
    });
    expect(english.starter).not.toBeNull();
  });
});
