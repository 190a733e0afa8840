import { describe, expect, it } from "vitest";
import { LIBRARY_ITEMS, THEMED_PRACTICES } from "../library/index.ts";
import { DAILY_QUESTIONS, MIND_HEART_PROMPTS } from "./index.ts";
import { meaningOf, sameMeaningPairs } from "./meaning.ts";

/**
 * Pairs the check flags that were read and judged to ask different things. Each needs a
 * reason; keep this list short (a long one means the check or the content needs work).
 */
const READ_AND_DISTINCT: Record<string, string> = {
  "dq-177|dq-374": "what you'd never change about how we met vs how you have changed since",
  "dq-321|starter-small-comfort": "feeling small (diminished) vs a small kindness",
  "dq-388|friendship-worry": "a question about a lost friendship vs the practice for a friendship that hurts",
  "mh-17|mad-sad-glad-afraid": "the check-in prompt vs the practice that teaches the four feelings",
  "starter-new-thing-learned|weekly-something-learned": "something new in the world vs something about yourself, in the weekly ritual",
  "dq-235|starter-growing-up-feelings": "how disagreements were handled at home vs how feelings were",
};

// Everything still served or shown: daily questions, prompts, and every practice by title.
const live = [
  ...DAILY_QUESTIONS.filter((q) => !q.retired),
  ...MIND_HEART_PROMPTS.filter((p) => !p.retired),
  ...[...LIBRARY_ITEMS, ...THEMED_PRACTICES].map((i) => ({ id: i.id, text: i.title })),
];

describe("no two questions or practices ask the same thing in other words", () => {
  it("folds rewordings of one idea together", () => {
    expect([...meaningOf("When you're stressed, what's the most helpful thing I can do?")].sort()).toEqual(["hard-tim", "help"].sort());
    expect(meaningOf("What do you need when you feel overwhelmed?")).toEqual(meaningOf("What helps when you're exhausted?"));
    expect(
      sameMeaningPairs([
        { id: "a", text: "What's a compliment from me that you remember?" },
        { id: "b", text: "What praise of mine do you still recall?" },
      ]),
    ).toHaveLength(1);
    // Different subjects do not meet.
    expect(
      sameMeaningPairs([
        { id: "a", text: "What's your favourite snack?" },
        { id: "b", text: "What's a fear about us you'd like to say out loud?" },
      ]),
    ).toEqual([]);
  });

  it("flags nothing across all questions, prompts and practices except pairs read as distinct", () => {
    const flagged = sameMeaningPairs(live).filter((p) => !READ_AND_DISTINCT[`${p.a}|${p.b}`] && !READ_AND_DISTINCT[`${p.b}|${p.a}`]);
    const text = new Map(live.map((i) => [i.id, i.text]));
    expect(flagged.map((p) => `${p.score.toFixed(2)} ${p.a} "${text.get(p.a)}" ~ ${p.b} "${text.get(p.b)}"`)).toEqual([]);
  });

  it("every pair on the read-and-distinct list is still flagged (stale entries go)", () => {
    const all = new Set(sameMeaningPairs(live).flatMap((p) => [`${p.a}|${p.b}`, `${p.b}|${p.a}`]));
    for (const key of Object.keys(READ_AND_DISTINCT)) expect(all.has(key), key).toBe(true);
  });

  it("retired questions keep their id and text, and name where the idea went", () => {
    const retired = DAILY_QUESTIONS.filter((q) => q.retired);
    for (const id of ["dq-256", "dq-328", "dq-401", "dq-392", "dq-331", "dq-348", "dq-299", "dq-376", "dq-407", "dq-258", "dq-202", "dq-249"]) {
      expect(retired.map((q) => q.id)).toContain(id);
    }
    expect(DAILY_QUESTIONS.find((q) => q.id === "dq-256")?.retired?.mergedInto).toBe("starter-changed-mind");
    expect(MIND_HEART_PROMPTS.find((p) => p.id === "mh-01")?.retired?.mergedInto).toBe("starter-mind-and-heart");
    const known = new Set([...DAILY_QUESTIONS.map((q) => q.id), ...LIBRARY_ITEMS.map((i) => i.id)]);
    for (const q of [...retired, ...MIND_HEART_PROMPTS.filter((p) => p.retired)]) {
      if (q.retired?.mergedInto) expect(known.has(q.retired.mergedInto), `${q.id} → ${q.retired.mergedInto}`).toBe(true);
    }
  });
});
