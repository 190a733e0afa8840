import { describe, expect, it } from "vitest";
import { DAILY_QUESTION_DATA } from "./daily-questions.ts";
import { DAILY_QUESTIONS, MIND_HEART_PROMPTS } from "./index.ts";
import { MIND_HEART_PROMPT_DATA } from "./mind-heart-prompts.ts";
import { yearlyNeed } from "./rotation.ts";
import {
  DEPTHS,
  NEAR_DUPLICATE,
  QUESTION_SETS,
  TOPICS,
  dailyQuestionListSchema,
  dailyQuestionSchema,
  jaccard,
  mindHeartPromptListSchema,
  tokenSet,
} from "./schema.ts";

const count = <T>(items: readonly T[], pick: (t: T) => string) => {
  const out = new Map<string, number>();
  for (const t of items) out.set(pick(t), (out.get(pick(t)) ?? 0) + 1);
  return out;
};

/** Every pair of texts at or above the threshold, for a readable failure. */
function nearDuplicates(items: readonly { id: string; text: string }[], threshold: number): string[] {
  const sets = items.map((i) => tokenSet(i.text));
  const hits: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const score = jaccard(sets[i]!, sets[j]!);
      if (score >= threshold) hits.push(`${score.toFixed(2)}  ${items[i]!.id} "${items[i]!.text}"  ~  ${items[j]!.id} "${items[j]!.text}"`);
    }
  }
  return hits;
}

describe("daily questions: data", () => {
  it("passes the schema, item by item and as a list", () => {
    const problems = DAILY_QUESTION_DATA.flatMap((q) => {
      const r = dailyQuestionSchema.safeParse(q);
      return r.success ? [] : [`${q.id}: ${r.error.issues.map((i) => i.message).join("; ")}`];
    });
    expect(problems).toEqual([]);
    expect(dailyQuestionListSchema.safeParse(DAILY_QUESTION_DATA).success).toBe(true);
    expect(DAILY_QUESTIONS).toHaveLength(DAILY_QUESTION_DATA.length);
  });

  it("has unique, well-formed ids numbered in order with no gaps", () => {
    const ids = DAILY_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Appending at the end is the only way to add; a gap means an id was reused or lost.
    expect(ids).toEqual(ids.map((_, i) => `dq-${String(i + 1).padStart(3, "0")}`));
  });

  it("has at least 380 questions, about 40% light, 35% medium, 25% deep", () => {
    const n = DAILY_QUESTIONS.length;
    const byDepth = count(DAILY_QUESTIONS, (q) => q.depth);
    console.info(`daily questions: ${n}`, Object.fromEntries(byDepth));
    expect(n).toBeGreaterThanOrEqual(380);
    const share = (d: string) => (byDepth.get(d) ?? 0) / n;
    expect(share("light")).toBeGreaterThanOrEqual(0.37);
    expect(share("light")).toBeLessThanOrEqual(0.43);
    expect(share("medium")).toBeGreaterThanOrEqual(0.32);
    expect(share("medium")).toBeLessThanOrEqual(0.38);
    expect(share("deep")).toBeGreaterThanOrEqual(0.22);
    expect(share("deep")).toBeLessThanOrEqual(0.28);
  });

  it("keeps the weekly depth rhythm: every depth pool is big enough for a year without repeats", () => {
    // Only untagged questions count: a couple with no context must still get a full year.
    const untagged = DAILY_QUESTIONS.filter((q) => !q.assumes);
    for (const depth of DEPTHS) {
      const have = untagged.filter((q) => q.depth === depth).length;
      expect(have, `${depth}: ${have} untagged, need ${yearlyNeed(depth)}`).toBeGreaterThanOrEqual(yearlyNeed(depth));
    }
  });

  it("uses every topic, none very thinly, and no single topic dominates", () => {
    // The pool every couple gets: untagged and not retired (themed sets are about one subject by design).
    const general = DAILY_QUESTIONS.filter((q) => !q.assumes && !q.retired);
    const byTopic = count(general, (q) => q.topic);
    console.info("by topic", Object.fromEntries([...byTopic].sort((a, b) => b[1] - a[1])));
    for (const topic of TOPICS) expect(byTopic.get(topic) ?? 0, topic).toBeGreaterThanOrEqual(15);
    for (const [topic, n] of byTopic) expect(n, topic).toBeLessThanOrEqual(general.length * 0.2);
    // Every depth covers a broad spread of topics.
    for (const depth of DEPTHS) {
      const topics = new Set(DAILY_QUESTIONS.filter((q) => q.depth === depth).map((q) => q.topic));
      expect(topics.size, depth).toBeGreaterThanOrEqual(TOPICS.length - 1);
    }
  });

  it("has no near-duplicate texts (token-set Jaccard < 0.8)", () => {
    const hits = nearDuplicates(DAILY_QUESTIONS, NEAR_DUPLICATE);
    if (hits.length > 0) console.error(`near-duplicate questions:\n${hits.join("\n")}`);
    expect(hits).toEqual([]);
  });

  it("assumes nothing about the couple unless the question is tagged", () => {
    // Gendered roles, marriage, children, money and a shared home: only behind a tag.
    const patterns: [RegExp, string][] = [
      [/\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|man|woman)\b/i, "gendered"],
      [/\b(marri\w*|wedding|spouse|anniversar\w*)\b/i, "marriage"],
      [/\b(our|your) (kids|children|son|daughter|baby)\b/i, "children"],
      [/\b(money|salary|savings|debt|budget|mortgage|rent)\b|[£$€]/i, "money"],
      [/\b(our (home|house|flat|place|bedroom|kitchen)|move in|living together|household)\b/i, "living together"],
    ];
    const offenders = DAILY_QUESTIONS.filter((q) => !q.assumes).flatMap((q) =>
      patterns.filter(([re]) => re.test(q.text)).map(([, why]) => `${q.id} (${why}): ${q.text}`),
    );
    expect(offenders).toEqual([]);
    // And the tags are real: each tagged question does touch what it is tagged with.
    const tagged = DAILY_QUESTIONS.filter((q) => q.assumes);
    expect(tagged.length).toBeGreaterThan(0);
    // Every themed set holds at least 40 questions.
    for (const set of QUESTION_SETS) {
      expect(QUESTION_SETS).toContain(set);
      const n = tagged.filter((q) => !q.retired && q.assumes?.includes(set)).length;
      expect(n, set).toBeGreaterThanOrEqual(40);
    }
  });

  it("avoids judgemental or pressuring wording (advice, blame, generalising)", () => {
    const banned = /\b(should|ought to|why don't you|what's wrong with|your fault|blame)\b|^you (always|never)\b|\bwhy do you (always|never)\b/i;
    const flagged = [...DAILY_QUESTIONS, ...MIND_HEART_PROMPTS].filter((q) => banned.test(q.text));
    expect(flagged.map((q) => `${q.id}: ${q.text}`)).toEqual([]);
  });
});

describe("mind-and-heart prompts: data", () => {
  it("passes the schema, has at least 40, with unique ordered ids", () => {
    expect(mindHeartPromptListSchema.safeParse(MIND_HEART_PROMPT_DATA).success).toBe(true);
    expect(MIND_HEART_PROMPTS.length).toBeGreaterThanOrEqual(40);
    const ids = MIND_HEART_PROMPTS.map((p) => p.id);
    expect(ids).toEqual(ids.map((_, i) => `mh-${String(i + 1).padStart(2, "0")}`));
  });

  it("has no near-duplicates, among themselves or with the daily questions", () => {
    const hits = nearDuplicates([...MIND_HEART_PROMPTS, ...DAILY_QUESTIONS], NEAR_DUPLICATE);
    if (hits.length > 0) console.error(`near-duplicate prompts:\n${hits.join("\n")}`);
    expect(hits).toEqual([]);
  });

  it("invites the inner layer, never just a report of the day", () => {
    // The surface questions the product exists to replace.
    const outer = /\b(how was your day|what did you do|what happened today|how was work|anything new)\b/i;
    expect(MIND_HEART_PROMPTS.filter((p) => outer.test(p.text)).map((p) => p.id)).toEqual([]);
    // Most prompts name the inner layer outright: a feeling, a worry, a hope, the heart.
    const inner =
      /\b(feel\w*|felt|heart|worr\w*|hop\w*|afraid|scary|nervous|proud|joy|heavy|tension|tender|cared|close|unseen|dreading|grateful|mind|weighing|need|ease)\b/i;
    const named = MIND_HEART_PROMPTS.filter((p) => inner.test(p.text)).length;
    expect(named / MIND_HEART_PROMPTS.length).toBeGreaterThanOrEqual(0.6);
  });
});

describe("schemas reject bad content", () => {
  const good = { id: "dq-999", text: "What's a good question?", depth: "light", topic: "play" } as const;

  it.each([
    ["no question mark", { ...good, text: "Tell me about your day." }],
    ["too long", { ...good, text: `${"Why ".repeat(40)}?` }],
    ["unknown depth", { ...good, depth: "heavy" }],
    ["unknown topic", { ...good, topic: "politics" }],
    ["bad id", { ...good, id: "q1" }],
    ["curly apostrophe", { ...good, text: "What’s a good question?" }],
    ["trailing space", { ...good, text: "What's a good question? " }],
    ["empty assumes", { ...good, assumes: [] }],
    ["unknown assumption", { ...good, assumes: ["pets"] }],
    ["extra field", { ...good, mood: "sunny" }],
  ])("rejects %s", (_why, item) => {
    expect(dailyQuestionSchema.safeParse(item).success).toBe(false);
  });

  it("accepts a good item", () => {
    expect(dailyQuestionSchema.safeParse(good).success).toBe(true);
    expect(dailyQuestionSchema.safeParse({ ...good, assumes: ["money"] }).success).toBe(true);
  });

  it("rejects duplicate ids and the same words twice in a list", () => {
    const dupId = dailyQuestionListSchema.safeParse([good, { ...good, text: "What else is good?" }]);
    expect(dupId.success).toBe(false);
    const dupText = dailyQuestionListSchema.safeParse([good, { ...good, id: "dq-998", text: "What's a GOOD question?" }]);
    expect(dupText.success).toBe(false);
  });

  it("measures similarity the way the near-duplicate check needs", () => {
    expect(jaccard(tokenSet("What's your favourite song?"), tokenSet("whats YOUR favourite song!"))).toBe(1);
    expect(jaccard(tokenSet("What's a smell you love?"), tokenSet("What's a sound you love?"))).toBeCloseTo(4 / 6);
    expect(
      nearDuplicates(
        [
          { id: "a", text: "What is your favourite colour today?" },
          { id: "b", text: "What is your favourite colour, today?" },
        ],
        0.8,
      ),
    ).toHaveLength(1);
  });
});
