import { libraryItemById, type SignView } from "@attune/shared";
import { dayString } from "./facts.ts";
import type { Reason, SignId } from "./rules.ts";
import type { FoundSign } from "./signs.ts";

/**
 * The words of each sign: kind, never alarming, about a pattern and never a verdict on a
 * person. Practices are real library ids (a test checks they exist).
 */
interface SignCopy {
  title: string;
  message: string;
  practices: string[];
}

const COPY: Record<SignId, SignCopy> = {
  distance: {
    title: "A little more space between you lately",
    message: "Life gets full, and it's normal for sharing to ebb. If you miss the closeness, a small step back toward each other can be enough.",
    practices: ["share-your-four", "near-or-far"],
  },
  loneliness: {
    title: "Your heart may be carrying a lot",
    message:
      "You've been feeling low or uneasy, and feeling heard less often. That can be a lonely place; it's worth letting your partner know what would help.",
    practices: ["asking-for-reassurance", "talk-or-quiet"],
  },
  harshness: {
    title: "Your replies have been getting guarded",
    message:
      "Some of your recent replies defended or blamed more than usual. It happens to everyone under strain, and it's one of the easiest things to turn around.",
    practices: ["catch-the-defence", "from-always-to-i-feel"],
  },
  imbalance: {
    title: "The sharing has been one-sided lately",
    message: "One of you has been sharing much more often than the other. Closeness grows when both inner worlds get a turn.",
    practices: ["three-open-questions", "beyond-fine"],
  },
};

/** Imbalance speaks to each side differently: an invitation, never a reproach. */
const IMBALANCE_BY_ROLE = {
  carrying: {
    message: "You've been doing much of the sharing lately. Your partner may find it easier to open up with a gentle, open question.",
    practices: ["three-open-questions", "tell-me-more"],
  },
  quieter: {
    message: "Your partner has been sharing much more often than you lately. A small share of your own day, even a short one, is a warm gift.",
    practices: ["beyond-fine", "mad-sad-glad-afraid"],
  },
};

const WHY: Record<Reason, string> = {
  shares_fewer: "Fewer of your check-ins have been shared with each other than usual.",
  shares_waiting: "Shares have been waiting longer than usual for a reply.",
  shares_surface: "Fewer shares than usual have opened up feelings (the inner layer).",
  feeling_heavy: "Sad or afraid has been high in most of your recent check-ins.",
  heard_less: 'You\'ve answered "Not quite" more often than you usually do.',
  harsh_replies: "The coach noticed defending or blaming in more of your recent replies than before.",
  sharing_uneven: "Lately, one of you has shared at least three times as often as the other, more unevenly than usual for you two.",
};

export const THERAPY_POINTER =
  "This has been here for a few weeks. Talking it through with a couples therapist can help; it's a sign of care, not of failure. You can bring a summary you both agree on.";

/** Every practice id the copy names, for the test that they exist in the library. */
export const COPY_PRACTICE_IDS: readonly string[] = [
  ...Object.values(COPY).flatMap((c) => c.practices),
  ...Object.values(IMBALANCE_BY_ROLE).flatMap((c) => c.practices),
];

export function presentSign(found: FoundSign): SignView {
  const base = COPY[found.id];
  const role = found.id === "imbalance" && found.carrying !== undefined ? IMBALANCE_BY_ROLE[found.carrying ? "carrying" : "quieter"] : undefined;
  const practices = (role?.practices ?? base.practices).flatMap((id) => {
    const item = libraryItemById(id);
    return item ? [{ id, title: item.title }] : [];
  });
  return {
    id: found.id,
    title: base.title,
    message: role?.message ?? base.message,
    why: found.reasons.map((r) => WHY[r]),
    practices,
    therapy: found.lasting ? THERAPY_POINTER : null,
    since: dayString(found.since),
  };
}
