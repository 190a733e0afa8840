import { describe, expect, it } from "vitest";
import { NOTE_CATEGORIES, NOTE_TEXT_MAX, PARTNER_MAP_CATEGORIES, guidedPromptById, noteCreateBody, noteResponseBody, noteUpdateBody } from "./index.ts";

describe("partner map categories and prompts", () => {
  it("has every category once, in order, each with a label, a hint and at least three prompts", () => {
    expect(PARTNER_MAP_CATEGORIES.map((c) => c.id)).toEqual([...NOTE_CATEGORIES]);
    for (const c of PARTNER_MAP_CATEGORIES) {
      expect(c.label.length, c.id).toBeGreaterThan(3);
      expect(c.hint, c.id).toMatch(/\.$/);
      expect(c.prompts.length, c.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("words prompts as questions about the partner, with unique ids that resolve", () => {
    const all = PARTNER_MAP_CATEGORIES.flatMap((c) => c.prompts.map((p) => ({ ...p, category: c.id })));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(new Set(all.map((p) => p.text)).size).toBe(all.length);
    for (const p of all) {
      expect(p.text, p.id).toMatch(/^[A-Z].*\?$/);
      expect(p.text, p.id).toMatch(/\b(they|them|their|they're)\b/);
      expect(p.text, p.id).not.toMatch(/[‘’“”]/);
      expect(guidedPromptById(p.id)).toEqual(p);
    }
    expect(guidedPromptById("pm-nope")).toBeUndefined();
  });
});

describe("note bodies", () => {
  it("creates a private note by default, trimming the text", () => {
    const r = noteCreateBody.parse({ category: "what-helps", text: "  A walk calms her down.  " });
    expect(r).toEqual({ category: "what-helps", text: "A walk calms her down.", visibility: "private", promptId: null });
  });

  it("accepts a shown note answering a guided prompt", () => {
    const r = noteCreateBody.parse({ category: "history", text: "Moved six times.", visibility: "shown", promptId: "pm-history-3" });
    expect(r.visibility).toBe("shown");
    expect(r.promptId).toBe("pm-history-3");
  });

  it("refuses an unknown category, empty or too long text, a bad visibility, an unknown prompt and extra fields", () => {
    const ok = { category: "people", text: "Her sister Maya." };
    expect(noteCreateBody.safeParse({ ...ok, category: "secrets" }).success).toBe(false);
    expect(noteCreateBody.safeParse({ ...ok, text: "   " }).success).toBe(false);
    expect(noteCreateBody.safeParse({ ...ok, text: "x".repeat(NOTE_TEXT_MAX + 1) }).success).toBe(false);
    expect(noteCreateBody.safeParse({ ...ok, text: "x".repeat(NOTE_TEXT_MAX) }).success).toBe(true);
    expect(noteCreateBody.safeParse({ ...ok, visibility: "shared" }).success).toBe(false);
    expect(noteCreateBody.safeParse({ ...ok, promptId: "pm-history-99" }).success).toBe(false);
    expect(noteCreateBody.safeParse({ ...ok, authorId: "u1" }).success).toBe(false);
  });

  it("updates any subset of fields, but not nothing", () => {
    expect(noteUpdateBody.parse({ visibility: "shown" })).toEqual({ visibility: "shown" });
    expect(noteUpdateBody.parse({ text: " New words " })).toEqual({ text: "New words" });
    expect(noteUpdateBody.safeParse({}).success).toBe(false);
    expect(noteUpdateBody.safeParse({ text: "" }).success).toBe(false);
  });
});

describe("partner's response to a shown note", () => {
  it("accepts a confirmation or a correction with text", () => {
    expect(noteResponseBody.parse({ status: "confirmed" })).toEqual({ status: "confirmed" });
    expect(noteResponseBody.parse({ status: "corrected", correction: " It was my aunt, not my mum. " })).toEqual({
      status: "corrected",
      correction: "It was my aunt, not my mum.",
    });
  });

  it("refuses a correction without text, an unknown status, and a confirmation carrying a correction", () => {
    expect(noteResponseBody.safeParse({ status: "corrected" }).success).toBe(false);
    expect(noteResponseBody.safeParse({ status: "corrected", correction: "  " }).success).toBe(false);
    expect(noteResponseBody.safeParse({ status: "maybe" }).success).toBe(false);
    expect(noteResponseBody.safeParse({ status: "confirmed", correction: "x" }).success).toBe(false);
    expect(noteResponseBody.safeParse({}).success).toBe(false);
  });
});
