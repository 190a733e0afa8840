import { describe, expect, it } from "vitest";
import { CORE_EMOTIONS } from "../checkins.ts";
import { LIBRARY_ITEMS, THEMED_PRACTICES, libraryItemById } from "./index.ts";
import { LIBRARY_ITEM_DATA } from "./items/index.ts";
import {
  EXERCISE_MINUTES,
  LIBRARY_KINDS,
  LIBRARY_TOPICS,
  NEAR_DUPLICATE_TITLE,
  WEEKLY_PARTS,
  jaccard,
  libraryItemSchema,
  libraryListSchema,
  titleWords,
  type LibraryItem,
} from "./schema.ts";

const countBy = <T>(items: readonly T[], pick: (t: T) => string) => {
  const out = new Map<string, number>();
  for (const t of items) out.set(pick(t), (out.get(pick(t)) ?? 0) + 1);
  return out;
};
const ofKind = (kind: LibraryItem["kind"]) => LIBRARY_ITEMS.filter((i) => i.kind === kind);
const allText = (i: LibraryItem) => [i.title, i.summary, ...(i.steps ?? [])].join(" ");

describe("library: data", () => {
  it("passes the schema item by item, with a readable failure", () => {
    const problems = LIBRARY_ITEM_DATA.flatMap((item) => {
      const r = libraryItemSchema.safeParse(item);
      return r.success ? [] : [`${item.id}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`];
    });
    expect(problems).toEqual([]);
    expect(LIBRARY_ITEMS.length + THEMED_PRACTICES.length).toBe(LIBRARY_ITEM_DATA.length);
  });

  it("has unique ids, and every id resolves", () => {
    const ids = LIBRARY_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(libraryItemById(id)?.id).toBe(id);
    expect(libraryItemById("no-such-item")).toBeUndefined();
  });

  it("has at least 150 items in the agreed mix of kinds", () => {
    const byKind = countBy(LIBRARY_ITEMS, (i) => i.kind);
    console.info(`library: ${LIBRARY_ITEMS.length} items`, Object.fromEntries(byKind));
    expect(LIBRARY_ITEMS.length).toBeGreaterThanOrEqual(150);
    const floor: Record<LibraryItem["kind"], number> = { starter: 50, exercise: 45, repair_script: 20, weekly_checkin: 20, celebration: 15 };
    for (const kind of LIBRARY_KINDS) expect(byKind.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(floor[kind]);
  });

  it("runs conversation starters from light to deep, each depth well stocked", () => {
    const byDepth = countBy(ofKind("starter"), (i) => i.depth);
    for (const depth of ["light", "medium", "deep"]) expect(byDepth.get(depth) ?? 0, depth).toBeGreaterThanOrEqual(12);
  });

  it("gives every exercise steps and a 2-10 minute length, with some for one person", () => {
    const exercises = ofKind("exercise");
    for (const e of exercises) {
      expect(e.steps?.length ?? 0, e.id).toBeGreaterThanOrEqual(2);
      expect(e.minutes, e.id).toBeGreaterThanOrEqual(EXERCISE_MINUTES.min);
      expect(e.minutes, e.id).toBeLessThanOrEqual(EXERCISE_MINUTES.max);
    }
    const solo = exercises.filter((e) => e.for === "one").length;
    expect(solo).toBeGreaterThanOrEqual(8);
    expect(exercises.length - solo).toBeGreaterThanOrEqual(25);
    // A spread of lengths: some quick, some longer.
    expect(exercises.some((e) => e.minutes <= 3)).toBe(true);
    expect(exercises.some((e) => e.minutes >= 8)).toBe(true);
  });

  it("covers every part of the weekly check-in ritual", () => {
    const byPart = countBy(ofKind("weekly_checkin"), (i) => i.part ?? "none");
    for (const part of WEEKLY_PARTS) expect(byPart.get(part) ?? 0, part).toBeGreaterThanOrEqual(3);
  });

  it("uses every topic, and covers each core emotion well enough to recommend from", () => {
    const byTopic = countBy(
      LIBRARY_ITEMS.flatMap((i) => i.topics),
      (t) => t,
    );
    console.info("by topic", Object.fromEntries([...byTopic].sort((a, b) => b[1] - a[1])));
    for (const topic of LIBRARY_TOPICS) expect(byTopic.get(topic) ?? 0, topic).toBeGreaterThanOrEqual(3);
    for (const emotion of CORE_EMOTIONS) {
      const n = LIBRARY_ITEMS.filter((i) => i.emotions?.includes(emotion)).length;
      expect(n, emotion).toBeGreaterThanOrEqual(10);
    }
  });

  it("has no near-duplicate titles (word-set Jaccard below the threshold)", () => {
    const sets = LIBRARY_ITEMS.map((i) => titleWords(i.title));
    const hits: string[] = [];
    for (let a = 0; a < sets.length; a++)
      for (let b = a + 1; b < sets.length; b++) {
        const score = jaccard(sets[a]!, sets[b]!);
        if (score >= NEAR_DUPLICATE_TITLE) hits.push(`${score.toFixed(2)} ${LIBRARY_ITEMS[a]!.id} ~ ${LIBRARY_ITEMS[b]!.id}`);
      }
    expect(hits).toEqual([]);
  });

  it("uses inclusive wording: no gendered roles, marriage or children taken for granted", () => {
    const patterns: [RegExp, string][] = [
      [/\b(he|she|him|his|hers|husband|wife|wives|boyfriend|girlfriend|man|woman|men|women|ladies|guys)\b/i, "gendered"],
      [/\b(marri\w*|wedding|spouse|anniversar\w*)\b/i, "marriage"],
      [/\b(our|your) (kids|children|son|daughter|baby)\b/i, "children"],
    ];
    const offenders = LIBRARY_ITEMS.flatMap((i) => patterns.filter(([re]) => re.test(allText(i))).map(([, why]) => `${i.id} (${why})`));
    expect(offenders).toEqual([]);
  });

  it("avoids the pitfalls it teaches against when speaking to the reader", () => {
    // Quoted examples of what not to say are fine; our own voice never lectures or blames.
    const unquoted = (t: string) => t.replace(/"[^"]*"/g, "");
    const banned = /\b(you should|you must|ought to|your fault|calm down|just relax)\b/i;
    const flagged = LIBRARY_ITEMS.filter((i) => banned.test(unquoted(allText(i)))).map((i) => i.id);
    expect(flagged).toEqual([]);
  });
});

describe("library: schema rejects bad items", () => {
  const good = {
    id: "a-good-item",
    kind: "exercise",
    title: "A good item",
    summary: "A summary long enough to say something useful.",
    steps: ["First do this small thing.", "Then do this other thing."],
    minutes: 5,
    depth: "light",
    for: "two",
    topics: ["listening"],
  } as const;

  it("accepts a good item", () => {
    expect(libraryItemSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    ["an exercise without steps", { ...good, steps: undefined }],
    ["an exercise of 12 minutes", { ...good, minutes: 12 }],
    ["an exercise of 1 minute", { ...good, minutes: 1 }],
    ["a non-slug id", { ...good, id: "A Good Item" }],
    ["an unknown kind", { ...good, kind: "quiz" }],
    ["an unknown topic", { ...good, topics: ["politics"] }],
    ["a repeated topic", { ...good, topics: ["listening", "listening"] }],
    ["empty topics", { ...good, topics: [] }],
    ["an unknown emotion", { ...good, emotions: ["bored"] }],
    ["an unknown audience", { ...good, for: "three" }],
    ["curly quotes", { ...good, title: "A ‘good’ item" }],
    ["a weekly question without its part", { ...good, kind: "weekly_checkin", steps: undefined, minutes: 3 }],
    ["a part on a non-weekly item", { ...good, part: "hope" }],
    ["a repair script without lines", { ...good, kind: "repair_script", steps: undefined }],
    ["an extra field", { ...good, colour: "blue" }],
  ])("rejects %s", (_why, item) => {
    expect(libraryItemSchema.safeParse(item).success).toBe(false);
  });

  it("rejects a list with a duplicate id", () => {
    expect(libraryListSchema.safeParse([good, { ...good, title: "Another title" }]).success).toBe(false);
  });

  it("measures title similarity the way the near-duplicate check needs", () => {
    expect(jaccard(titleWords("Mirror and swap"), titleWords("mirror AND swap!"))).toBe(1);
    expect(jaccard(titleWords("Three open questions"), titleWords("Three closed questions"))).toBeCloseTo(2 / 4);
  });
});
