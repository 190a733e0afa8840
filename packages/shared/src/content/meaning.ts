import { stem } from "../library/search-stem.ts";

// A meaning-based near-duplicate check for short prompts. Two texts that ask the same
// thing in other words share their content lemmas once synonyms are folded together:
// "When you're stressed, what's the most helpful thing I can do?" and "What would help
// you feel less alone on hard days?" both come down to {hard-time, help}.

/** Words that carry no meaning of their own in a question. */
const STOP = new Set(
  `a about after again all also am an and any anything are as at be been before being but by can can't cant could
  did do does doing done don't dont each even ever every feel feeling feels felt for from get gets got had has have
  having how i i'd i'm i've id if im in into is it it's its ive just kind last let like lot made make makes many may
  me might mine more most much my never new not now of often on one only or other our out over own people really right
  said say says so some someone something sometimes still such than that that's thats the their them then there these
  they thing things think this those time times to too two up us very want was way we were what what's whats when
  where which while who whom why will with would year years yet you you'd you're you've youd your youre yours
  yourself youve`.split(/\s+/),
);

/**
 * Our own small synonym map: each group folds to its first word. Groups name the ideas
 * our questions circle round, so rewordings of one idea meet.
 */
export const MEANING_GROUPS: readonly (readonly string[])[] = [
  [
    "hard-time",
    "stressed",
    "stress",
    "struggling",
    "struggle",
    "overwhelmed",
    "exhausted",
    "tired",
    "hard",
    "hardest",
    "difficult",
    "tough",
    "rough",
    "challenge",
    "low",
    "bad",
  ],
  ["help", "helpful", "helps", "support", "comfort", "comforting", "soothe", "soothes", "fix", "need", "needs", "wish", "care", "cared"],
  ["compliment", "praise", "complimented", "compliments"],
  ["proud", "pride", "accomplishment", "achievement"],
  ["grateful", "thankful", "gratitude", "thanks", "appreciate", "appreciated", "glad"],
  ["remember", "memory", "memories", "recall", "remembered"],
  ["childhood", "child", "kid", "young", "younger", "growing", "grew", "grow"],
  ["favourite", "favorite", "best", "love", "loved", "enjoy"],
  ["food", "meal", "dish", "eat", "cook", "cooking", "snack", "dinner", "breakfast", "lunch"],
  ["trip", "travel", "holiday", "visit", "journey", "place"],
  ["afraid", "fear", "scared", "scary", "frighten", "worry", "worried", "anxious"],
  ["together", "us", "couple", "we"],
  ["change", "changed", "different", "differently", "shift"],
  ["dream", "hope", "wish", "someday", "future"],
  ["laugh", "funny", "laughing", "giggle", "humour"],
  ["song", "music", "album", "tune"],
  ["book", "film", "movie", "show", "story"],
  ["friend", "friends", "friendship"],
  ["mistake", "regret", "wrong", "failure", "failed"],
];

const groupOf = new Map<string, string>();
for (const group of MEANING_GROUPS) for (const w of group) groupOf.set(stem(w), stem(group[0]!));

/** The ideas a text names: content words, stemmed, folded through MEANING_GROUPS. */
export function meaningOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^a-z'-]+/)) {
    const word = raw.replace(/^'+|'+$/g, "");
    if (word.length < 2 || STOP.has(word)) continue;
    const s = stem(word.replace(/'s$/, ""));
    out.add(groupOf.get(s) ?? s);
  }
  return out;
}

/** Jaccard similarity of two meaning sets. */
export function meaningSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs at or above this, sharing at least two ideas, ask the same thing twice. */
export const SAME_MEANING = 0.6;

export interface MeaningItem {
  id: string;
  text: string;
}

/** Every pair of items that asks the same thing in other words, most similar first. */
export function sameMeaningPairs(items: readonly MeaningItem[], threshold = SAME_MEANING): { a: string; b: string; score: number }[] {
  const sets = items.map((it) => meaningOf(it.text));
  const out: { a: string; b: string; score: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const score = meaningSimilarity(sets[i]!, sets[j]!);
      let shared = 0;
      for (const w of sets[i]!) if (sets[j]!.has(w)) shared++;
      if (score >= threshold && shared >= 2) out.push({ a: items[i]!.id, b: items[j]!.id, score });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
