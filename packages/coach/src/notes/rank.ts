/**
 * Stage 3 of note relevance: score each partner-map note against a share and keep the
 * few that clear a floor. Evidence, strongest first: the same person by name, the same
 * family or other role, the same feeling family, the same topic, the same uncommon
 * words, the same core emotion. Notes about what helps get extra weight for a feeling
 * match: they say what to do when the partner feels that way.
 */
import { ROLES, TOPICS } from "./lexicon.ts";
import { textFeatures, type TextFeatures } from "./features.ts";
import { stem } from "../text/stem.ts";
import { FEELING_WORDS } from "../emotions/feeling-words.ts";
import type { CoreEmotion } from "../emotions/index.ts";

export interface NoteInput {
  id: string;
  text: string;
  /** partner-map category ("what-helps", "old-wounds", …), if known */
  category?: string;
}

export interface RankedNote {
  id: string;
  /** relevance, ≥ the floor; comparable between notes of one call only */
  score: number;
  /** short, plain reasons the note came up: "mentions Jonah", "about work", "feeling anxious" */
  reasons: string[];
}

export interface RankOptions {
  /** how many notes at most (default and ceiling 3) */
  limit?: number;
  /** minimum score for a note to come up (default {@link RELEVANCE_FLOOR}) */
  floor?: number;
}

/** Weights of each kind of evidence, in score points. */
export const WEIGHTS = {
  name: 3,
  role: 2,
  roleGroup: 0.8,
  feeling: 1.4,
  topic: 1.4,
  broadTopic: 1,
  /** per extra form of the same topic on both sides (pancakes + kitchen ~ cooking + breakfast) */
  topicDepth: 0.3,
  /** when both use the very same word for the topic ("birthday" and "birthday") */
  sameForm: 0.5,
  word: 0.6,
  wordCap: 2.4,
  emotion: 0.5,
  /** multiplier for feeling evidence on a note about what helps */
  helpsFeeling: 1.5,
} as const;

/** One specific topic, name or role is enough to come up; one broad topic (work, food) or one shared word is not. */
export const RELEVANCE_FLOOR = 1.4;
export const MAX_NOTES = 3;

/** How a reason names a shared core emotion. */
const EMOTION_WORDS: Readonly<Record<CoreEmotion, string>> = { mad: "anger", sad: "sadness", glad: "joy", fear: "worry" };

/** feeling word → the feeling family of the lexicon that lists it, if any */
const FAMILY_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(TOPICS).flatMap(([id, t]) => (t.kind === "feeling" ? t.forms.map((f) => [stem(f), id] as const) : [])),
);
const familyOf = (word: string) => FAMILY_OF.get(stem(word));

/**
 * Joyful feeling words ("happy", "excited") say little about which note helps: the
 * partner map is mostly about what makes hard feelings make sense. Shared joy still
 * reaches notes through topics, names and roles.
 */
const GLAD_WORDS: ReadonlySet<string> = new Set(FEELING_WORDS.glad.map((entry) => entry.split("|")[0] ?? ""));

function scoreNote(share: TextFeatures, note: TextFeatures, category: string | undefined, idf: (s: string) => number): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];

  let names = 0;
  const seen = new Set<string>();
  const nameHit = (norm: string, display: string) => {
    if (seen.has(norm) || names >= 2) return;
    seen.add(norm);
    names++;
    score += WEIGHTS.name;
    reasons.push(`mentions ${display}`);
  };
  for (const [norm, display] of note.names) if (share.norms.has(norm)) nameHit(norm, display);
  for (const [norm, display] of share.names) if (note.norms.has(norm)) nameHit(norm, display);

  const groups = new Set<string>();
  for (const role of share.roles) {
    const entry = ROLES[role];
    if (note.roles.has(role)) {
      score += WEIGHTS.role;
      reasons.push(`about their ${entry?.label ?? role}`);
      if (entry?.group) groups.add(entry.group);
    }
  }
  for (const role of share.roles) {
    const group = ROLES[role]?.group;
    if (!group || groups.has(group)) continue;
    if ([...note.roles].some((r) => ROLES[r]?.group === group)) {
      groups.add(group);
      score += WEIGHTS.roleGroup;
      reasons.push(`about their ${group === "work" ? "work relationships" : group}`);
    }
  }

  const helps = category === "what-helps" ? WEIGHTS.helpsFeeling : 1;
  const matchedFamilies: string[] = [];
  for (const [topic, shareForms] of share.topics) {
    const noteForms = note.topics.get(topic);
    const entry = TOPICS[topic];
    if (!noteForms || !entry) continue;
    if (entry.kind === "feeling") {
      matchedFamilies.push(topic);
      score += WEIGHTS.feeling * helps;
      reasons.push(`feeling ${entry.label}`);
    } else {
      const same = [...shareForms].some((f) => noteForms.has(f));
      score +=
        (entry.broad ? WEIGHTS.broadTopic : WEIGHTS.topic) +
        WEIGHTS.topicDepth * (Math.min(shareForms.size, noteForms.size, 3) - 1) +
        (same ? WEIGHTS.sameForm : 0);
      reasons.push(`about ${entry.label}`);
    }
  }

  // Feeling words no matched feeling family already covers ("hurt" and "hurt").
  for (const w of share.feelingWords) {
    if (!note.feelingWords.has(w) || GLAD_WORDS.has(w) || matchedFamilies.some((f) => familyOf(w) === f)) continue;
    score += WEIGHTS.feeling * helps;
    reasons.push(`feeling ${w}`);
  }

  let wordScore = 0;
  const shared: string[] = [];
  for (const [s, word] of share.stems) {
    if (!note.stems.has(s)) continue;
    wordScore += WEIGHTS.word * idf(s);
    shared.push(word);
  }
  if (shared.length > 0) {
    score += Math.min(WEIGHTS.wordCap, wordScore);
    reasons.push(`shared words: ${shared.slice(0, 3).join(", ")}`);
  }

  const emotions = [...share.emotions].filter((e) => note.emotions.has(e));
  if (emotions.length > 0) {
    score += WEIGHTS.emotion * emotions.length * helps;
    reasons.push(`both touch on ${emotions.map((e) => EMOTION_WORDS[e]).join(" and ")}`);
  }
  return { score, reasons };
}

/**
 * The partner-map notes most relevant to a share, best first: at most three, and only
 * those above the relevance floor (so often none). Pure; runs in the browser.
 *
 * @example
 * rankNotes("Jonah liked my post today. I don't know what to feel.", [
 *   { id: "n1", text: "His old friend Jonah stopped talking to him. It still hurts.", category: "old-wounds" },
 *   { id: "n2", text: "Loves slow breakfasts at the weekend.", category: "other" },
 * ]);
 * // [{ id: "n1", score: 3…, reasons: ["mentions Jonah", …] }]
 */
export function rankNotes(share: string, notes: readonly NoteInput[], opts: RankOptions = {}): RankedNote[] {
  const limit = Math.max(0, Math.min(MAX_NOTES, opts.limit ?? MAX_NOTES));
  const floor = opts.floor ?? RELEVANCE_FLOOR;
  if (typeof share !== "string" || share.trim() === "" || notes.length === 0 || limit === 0) return [];

  const shareFeatures = textFeatures(share);
  const noteFeatures = notes.map((n) => textFeatures(typeof n.text === "string" ? n.text : ""));
  // A word most notes share says little about any one of them.
  const df = new Map<string, number>();
  for (const f of noteFeatures) for (const s of f.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => Math.log(1 + notes.length / (df.get(s) ?? 1)) / Math.log(1 + notes.length);

  return notes
    .map((n, k) => ({ id: n.id, k, ...scoreNote(shareFeatures, noteFeatures[k] as TextFeatures, n.category, idf) }))
    .filter((r) => r.score >= floor)
    .sort((a, b) => b.score - a.score || a.k - b.k)
    .slice(0, limit)
    .map((r) => ({ id: r.id, score: Math.round(r.score * 100) / 100, reasons: r.reasons }));
}
