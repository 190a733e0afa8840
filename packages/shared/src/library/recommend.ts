import { CORE_EMOTIONS, type CoreEmotionName, type Emotions } from "../checkins.ts";
import { EMOTION_RULES, GROWTH_RULES, WHY_AGAIN, WHY_START_HERE, whyLikeFavourite } from "./recommend-rules.ts";
import type { QuestionSet } from "../content/schema.ts";
import type { LibraryItem, LibraryTopic } from "./schema.ts";

export interface RecommendContext {
  /** The person's recent check-ins, newest first; only the newest 14 are read. */
  recentCheckins?: readonly { emotions: Emotions }[];
  /** The readiness test's growth area (a subscale id); unknown ids are ignored. */
  growthArea?: string | null;
  /** Ids the person has marked done: left out, offered again only when little else fits. */
  done?: readonly string[];
  /** Ids the person saved: left out (already on their list), but similar items rise. */
  favourites?: readonly string[];
  /** Without a linked partner, only items for one person are offered. Default true. */
  hasPartner?: boolean;
  /** Varies the order among equally good items (e.g. the day); same seed, same answer. */
  seed?: string;
  /** The themed sets the couple opted into; items of other sets are never recommended. Default: none. */
  sets?: readonly QuestionSet[];
  /** How many to return. Default 6. */
  limit?: number;
}

export interface Recommendation {
  itemId: string;
  /** One warm line saying why this item, for this person, now. */
  why: string;
}

/** How many recent check-ins count, and the mean intensity (0-3) that makes an emotion "a lot". */
export const RECENT_CHECKINS = 14;
export const STRONG_MEAN = 1.25;
/** At most this many of one kind before other kinds get a turn. */
const PER_KIND = 2;

/** Mean intensity of each core emotion over the recent check-ins (0 when there are none). */
export function emotionMeans(checkins: readonly { emotions: Emotions }[]): Record<CoreEmotionName, number> {
  const recent = checkins.slice(0, RECENT_CHECKINS);
  const out = { mad: 0, sad: 0, glad: 0, fear: 0 };
  if (recent.length === 0) return out;
  for (const e of CORE_EMOTIONS) out[e] = recent.reduce((sum, c) => sum + c.emotions[e], 0) / recent.length;
  return out;
}

const shared = (a: readonly LibraryTopic[], b: readonly LibraryTopic[]) => a.filter((t) => b.includes(t)).length;

function hash(text: string): number {
  // FNV-1a: a stable, dependency-free tie-breaker.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Scored {
  item: LibraryItem;
  score: number;
  why: string;
  tie: number;
}

/**
 * Recommends library items from the person's recent check-ins, readiness growth area
 * and what they saved or did. Pure and deterministic; each result carries a warm why.
 *
 * @example
 * recommendFrom(LIBRARY_ITEMS, { recentCheckins: [{ emotions: { mad: 0, sad: 0, glad: 1, fear: 3 } }], growthArea: "listening" });
 */
export function recommendFrom(items: readonly LibraryItem[], context: RecommendContext = {}): Recommendation[] {
  const limit = context.limit ?? 6;
  const done = new Set(context.done ?? []);
  const favouriteIds = new Set(context.favourites ?? []);
  const favourites = items.filter((i) => favouriteIds.has(i.id));
  const means = emotionMeans(context.recentCheckins ?? []);
  const strong = CORE_EMOTIONS.filter((e) => means[e] >= STRONG_MEAN);
  const growth =
    context.growthArea && Object.hasOwn(GROWTH_RULES, context.growthArea) ? GROWTH_RULES[context.growthArea as keyof typeof GROWTH_RULES] : undefined;
  const order = new Map(items.map((it, n) => [it.id, n]));

  const score = (item: LibraryItem): Scored => {
    const reasons: { score: number; why: string }[] = [];
    for (const e of strong) {
      const rule = EMOTION_RULES[e];
      const match = (item.emotions?.includes(e) ? 2 : 0) + shared(item.topics, rule.topics) + (rule.kinds.includes(item.kind) ? 0.5 : 0);
      // Below 2 the link is only a shared word; not enough to say "because of your check-ins".
      if (match >= 2) reasons.push({ score: match * (means[e] / 3) * 2, why: rule.why });
    }
    if (growth) {
      const match = (growth.picks.includes(item.id) ? 3 : 0) + shared(item.topics, growth.topics) + (growth.kinds.includes(item.kind) ? 0.5 : 0);
      if (match >= 1.5) reasons.push({ score: match * 1.5, why: growth.why });
    }
    let bestFavourite: { score: number; why: string } | undefined;
    for (const fav of favourites) {
      const match = shared(item.topics, fav.topics) + (fav.kind === item.kind ? 0.5 : 0);
      if (match >= 1 && (!bestFavourite || match * 0.8 > bestFavourite.score)) bestFavourite = { score: match * 0.8, why: whyLikeFavourite(fav.title) };
    }
    if (bestFavourite) reasons.push(bestFavourite);
    // A light, short first step keeps the list useful when there is nothing else to go on.
    if (item.depth === "light" && item.minutes <= 5 && (item.kind === "starter" || item.kind === "exercise")) reasons.push({ score: 0.3, why: WHY_START_HERE });

    const total = reasons.reduce((s, r) => s + r.score, 0);
    const main = reasons.reduce<{ score: number; why: string } | undefined>((best, r) => (!best || r.score > best.score ? r : best), undefined);
    const tie = context.seed === undefined ? (order.get(item.id) ?? 0) : hash(`${context.seed}:${item.id}`);
    return { item, score: total, why: main?.why ?? WHY_START_HERE, tie };
  };

  const byScore = (a: Scored, b: Scored) => b.score - a.score || a.tie - b.tie;
  const sets = context.sets ?? [];
  const eligible = items.filter((i) => (context.hasPartner !== false || i.for === "one") && (!i.set || sets.includes(i.set)));
  const fresh = eligible
    .filter((i) => !done.has(i.id) && !favouriteIds.has(i.id))
    .map(score)
    .filter((s) => s.score > 0)
    .sort(byScore);

  // First pass keeps variety (a couple of each kind); the second fills any gap.
  const picked: Scored[] = [];
  const perKind = new Map<string, number>();
  for (const s of fresh) {
    if (picked.length >= limit) break;
    const n = perKind.get(s.item.kind) ?? 0;
    if (n >= PER_KIND) continue;
    picked.push(s);
    perKind.set(s.item.kind, n + 1);
  }
  for (const s of fresh) {
    if (picked.length >= limit) break;
    if (!picked.includes(s)) picked.push(s);
  }
  // Done items come back last, only when the fresh ones run out.
  if (picked.length < limit) {
    const again = eligible
      .filter((i) => done.has(i.id) && !favouriteIds.has(i.id))
      .map(score)
      .sort(byScore);
    for (const s of again.slice(0, limit - picked.length)) picked.push({ ...s, why: WHY_AGAIN });
  }
  return picked.map((s) => ({ itemId: s.item.id, why: s.why }));
}
