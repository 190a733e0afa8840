/**
 * The items of the Relationship Readiness Test. Each is a statement rated on how much it
 * is like the person, one behaviour or feeling per item. Half of each subscale (3 of 6)
 * is reverse-keyed: agreeing describes a habit that gets in the way, said without blame,
 * so answering 5 to everything scores the middle, not "strong".
 * Item ids are stable: stored answers refer to them. To change wording in a way that
 * changes meaning, add a new item and bump {@link READINESS_VERSION}.
 */
import type { SubscaleId } from "./subscales.ts";

/**
 * 2: issue 19 review. Retired rt-03, 06, 10, 16, 20, 26, 29, 33, 34, 35, 36 (two things in
 * one item, comparisons, items that penalise accurate knowledge or honesty); added rt-37…47.
 */
export const READINESS_VERSION = 2;

export interface ReadinessItem {
  id: string;
  subscale: SubscaleId;
  text: string;
  /** true when agreeing (5) counts towards a lower score */
  reverse: boolean;
}

/** 1..5, with what each point means; shown with every item. */
export const READINESS_SCALE = [
  { value: 1, label: "Not like me" },
  { value: 2, label: "A little like me" },
  { value: 3, label: "Somewhat like me" },
  { value: 4, label: "Mostly like me" },
  { value: 5, label: "Very much like me" },
] as const;

const r = (id: string, subscale: SubscaleId, text: string, reverse = false): ReadinessItem => ({ id, subscale, text, reverse });
const R = true;

/** Grouped by subscale for editing; show them with {@link itemsInOrder}. */
export const READINESS_ITEMS: readonly ReadinessItem[] = [
  r("rt-01", "listening", "When my partner tells me about their day, I put down what I'm doing and give them my attention."),
  r("rt-02", "listening", "I can let my partner finish a thought without jumping in."),
  r("rt-04", "listening", "I notice my partner's tone of voice and face, not only their words."),
  r("rt-05", "listening", "While my partner is still talking, I'm often already working out what I'll say back.", R),
  r("rt-37", "listening", "My phone pulls my attention away when my partner is talking to me.", R),
  r("rt-38", "listening", "I realise afterwards that I missed something my partner was telling me.", R),

  r("rt-07", "validating", "I can tell my partner their feelings make sense, even when I see the situation differently."),
  r("rt-08", "validating", "When my partner is upset, I try to put a name to what they might be feeling."),
  r("rt-09", "validating", "I let my partner's feelings be as big as they are, without trying to make them smaller."),
  r("rt-11", "validating", "When my partner is upset about something that seems small to me, I'm tempted to say it's not a big deal.", R),
  r("rt-12", "validating", "When my partner shares a problem, my first instinct is to suggest what they could do about it.", R),
  r("rt-39", "validating", "When my partner is sad, I try to cheer them up quickly.", R),

  r("rt-13", "opening-up", "I tell my partner how I felt during my day, not only what happened."),
  r("rt-14", "opening-up", "I let my partner know when something is worrying me."),
  r("rt-15", "opening-up", "I can share a fear or an insecurity with my partner, even when it feels awkward."),
  r("rt-17", "opening-up", 'When my partner asks how I am, I usually say "fine", even when it isn\'t quite true.', R),
  r("rt-18", "opening-up", "I tend to keep hard feelings to myself until they have passed.", R),
  r("rt-40", "opening-up", "I find it hard to ask my partner for comfort.", R),

  r("rt-19", "conflict-repair", "After a disagreement, I'm willing to be the one who reaches out first."),
  r("rt-21", "conflict-repair", "I can name my own part in a disagreement."),
  r("rt-22", "conflict-repair", "When I apologise, I speak to how my words or actions affected my partner."),
  r("rt-23", "conflict-repair", "When my partner raises a complaint, I find myself explaining why I'm not in the wrong.", R),
  r("rt-24", "conflict-repair", "After an argument, I tend to let things go quiet rather than come back and talk about it.", R),
  r("rt-41", "conflict-repair", "In a disagreement, I say things more sharply than I mean them.", R),

  r("rt-25", "curiosity", "I ask my partner about their feelings, not only about their plans."),
  r("rt-27", "curiosity", "I'm interested in how my partner's past shapes the way they react today."),
  r("rt-28", "curiosity", "I still find new things to learn about my partner."),
  r("rt-30", "curiosity", "It's been a long time since I asked my partner about their hopes or dreams.", R),
  r("rt-42", "curiosity", "Days go by without my asking my partner how they are feeling.", R),
  r("rt-43", "curiosity", "I assume I know how my partner will react, without asking.", R),

  r("rt-31", "shared-joy", "When my partner has good news, I celebrate it with them."),
  r("rt-32", "shared-joy", "When something goes well for my partner, I ask them to tell me more."),
  r("rt-44", "shared-joy", "I tell my partner when I notice something they did well."),
  r("rt-45", "shared-joy", "I'm slow to congratulate my partner.", R),
  r("rt-46", "shared-joy", "When things go well for my partner, part of me feels left behind.", R),
  r("rt-47", "shared-joy", "I rarely make a fuss of my partner's achievements.", R),
];

/**
 * The items in the order they are shown: round-robin over the subscales, so no area
 * comes as a block and the person answers each item on its own.
 */
export function itemsInOrder(items: readonly ReadinessItem[] = READINESS_ITEMS): ReadinessItem[] {
  const groups = new Map<SubscaleId, ReadinessItem[]>();
  for (const item of items) groups.set(item.subscale, [...(groups.get(item.subscale) ?? []), item]);
  const queues = [...groups.values()];
  const out: ReadinessItem[] = [];
  for (let k = 0; out.length < items.length; k++) {
    for (const q of queues) {
      const item = q[k];
      if (item) out.push(item);
    }
  }
  return out;
}

export const READINESS_PRIVACY_NOTE =
  "Your answers and results are yours. They are stored with your account and no one else can see them, " +
  "your partner included, unless you choose to share your results with them. You can stop sharing, or " +
  "delete your answers, at any time. There are no right or wrong answers: this is a snapshot of how you " +
  "tend to show up right now, to help you choose what to practise next. It is not a diagnosis and not a grade.";
