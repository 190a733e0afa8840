import { describe, expect, it } from "vitest";
import { REPAIR_ERROR_CODES, REPAIR_ERROR_MESSAGES } from "./errors.ts";
import { REPAIR_STEPS, SAFETY_ANSWERS, SAFETY_QUESTION_IDS } from "./schema.ts";
import { EMPATHIC_APOLOGY_EXAMPLES, SAFETY_ANSWER_LABELS, SAFETY_QUESTIONS, NOT_STARTED_TEXT, STEP_TEXTS, type StepText } from "./texts.ts";

const words = (t: StepText) => [t.title, t.intro, ...t.tips, ...(t.examples ?? [])];

describe("repair texts", () => {
  it("has a title, an intro and tips for every step", () => {
    for (const step of REPAIR_STEPS) {
      const t = STEP_TEXTS[step];
      expect(t.title.length, step).toBeGreaterThan(5);
      expect(t.intro.length, step).toBeGreaterThan(30);
      expect(t.tips.length, step).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives examples where people need words to borrow", () => {
    for (const step of ["pause_and_agree", "tell_a", "reflect_b", "reflect_a", "own_part", "apology", "agreement"] as const)
      expect(STEP_TEXTS[step].examples?.length ?? 0, step).toBeGreaterThan(0);
    expect(STEP_TEXTS.apology.examples).toBe(EMPATHIC_APOLOGY_EXAMPLES);
  });

  it("asks one safety question per id, in order, each answerable with yes meaning concern", () => {
    expect(SAFETY_QUESTIONS.map((q) => q.id)).toEqual([...SAFETY_QUESTION_IDS]);
    for (const q of SAFETY_QUESTIONS) {
      expect(q.text.endsWith("?")).toBe(true);
      expect(q.text).toMatch(/^(Do|Does|Has|Have|Is|Are)\b/);
    }
    expect(Object.keys(SAFETY_ANSWER_LABELS)).toEqual([...SAFETY_ANSWERS]);
  });

  it("speaks about a check that did not go ahead calmly, without blame, and without saying who or why", () => {
    const text = words(NOT_STARTED_TEXT).join(" ");
    expect(text).not.toMatch(
      /\b(abuse[rd]?|abusive|victim|perpetrator|fault|blame|wrong with|should have|alarm|warning|flagged|detected|safety|safe|concern|afraid|danger)\b/i,
    );
    // Never attributes the outcome to one person, nor to an answer.
    expect(text).not.toMatch(/\byour partner (said|answered|reported|declined)\b|\bbecause (you|they) (said|answered)\b/i);
    expect(STEP_TEXTS.not_started).toBe(NOT_STARTED_TEXT);
  });

  it("writes empathic apologies: about the other's feeling, with no 'but' and no 'if you felt'", () => {
    expect(EMPATHIC_APOLOGY_EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const a of EMPATHIC_APOLOGY_EXAMPLES) {
      expect(a).not.toMatch(/\bbut\b|\bif you felt\b|\bif you were\b|\bsorry you feel\b/i);
      expect(a).toMatch(/\b(sorry|care|matter)/i);
    }
  });

  it("avoids gendered roles and the pitfalls it teaches against", () => {
    const all = Object.values(STEP_TEXTS).flatMap(words).join(" ");
    expect(all).not.toMatch(/\b(he|she|him|his|hers|husband|wife|boyfriend|girlfriend)\b/i);
    const unquoted = all.replace(/"[^"]*"/g, "");
    expect(unquoted).not.toMatch(/\b(calm down|just relax|your fault|you should)\b/i);
  });

  it("has a calm message for every error code", () => {
    for (const code of REPAIR_ERROR_CODES) {
      const m = REPAIR_ERROR_MESSAGES[code];
      expect(m.length, code).toBeGreaterThan(10);
      expect(m, code).not.toMatch(/!|\berror\b|\binvalid\b|\billegal\b/i);
    }
  });
});
