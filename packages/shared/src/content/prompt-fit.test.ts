import { describe, expect, it } from "vitest";
import { MIND_HEART_PROMPTS, promptById } from "./index.ts";
import { nextFittingPrompt, promptForMood, UPBEAT_PROMPT_IDS } from "./prompt-fit.ts";

const calm = { mad: 0, sad: 0, glad: 2, fear: 0 };
const afraid = { mad: 0, sad: 0, glad: 0, fear: 3 };

describe("the mind-and-heart prompt fits the day the person marked", () => {
  it("never asks for a small joy above a frightening day", () => {
    const joy = promptById("mh-20")!;
    expect(promptForMood(joy, calm)).toBe(joy);
    const heavy = promptForMood(joy, afraid);
    expect(heavy.id).not.toBe("mh-20");
    expect(heavy.text).toMatch(/on your heart/);
    expect(heavy.retired).toBeUndefined();
    for (const id of UPBEAT_PROMPT_IDS) expect(UPBEAT_PROMPT_IDS.has(promptForMood(promptById(id)!, { mad: 2, sad: 0, glad: 0, fear: 0 }).id)).toBe(false);
  });

  it("offers another question that also fits, going round every prompt", () => {
    const seen = new Set<string>();
    let p = MIND_HEART_PROMPTS[0]!;
    for (let i = 0; i < MIND_HEART_PROMPTS.length; i++) {
      p = nextFittingPrompt(p, afraid);
      expect(UPBEAT_PROMPT_IDS.has(p.id)).toBe(false);
      expect(p.retired).toBeUndefined();
      seen.add(p.id);
    }
    expect(seen.size).toBe(MIND_HEART_PROMPTS.filter((m) => !m.retired).length - UPBEAT_PROMPT_IDS.size);
  });
});
