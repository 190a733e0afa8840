/**
 * The six areas of the Relationship Readiness Test: how a person shows up for a partner
 * (listening, validating, celebrating, curiosity, repair) and how available they make
 * their own inner world. The order here is the display order and breaks score ties.
 */
export const SUBSCALE_IDS = ["listening", "validating", "opening-up", "conflict-repair", "curiosity", "shared-joy"] as const;
export type SubscaleId = (typeof SUBSCALE_IDS)[number];

/** growing < 50 ≤ steady < 75 ≤ strong (a score of 50 is an average answer of 3). */
export const READINESS_BANDS = ["growing", "steady", "strong"] as const;
export type Band = (typeof READINESS_BANDS)[number];
export const STEADY_FROM = 50;
export const STRONG_FROM = 75;

export interface Subscale {
  id: SubscaleId;
  label: string;
  /** What the area is about, in one sentence. */
  about: string;
  /** What a score in each band means, said warmly. */
  meaning: Record<Band, string>;
}

export const SUBSCALES: readonly Subscale[] = [
  {
    id: "listening",
    label: "Listening to understand",
    about: "Giving your partner your full attention and taking in what they mean, not only what they say.",
    meaning: {
      growing:
        "Listening fully is hard when life is busy or your mind races ahead. A few minutes of undivided attention a day is enough to start, and your partner will notice.",
      steady:
        "You often give your partner real attention. Letting them finish, and checking what you heard, can turn good listening into the kind that makes them feel truly understood.",
      strong: "Your partner can count on you to listen. You make room for their words and notice what sits underneath them, which is where closeness begins.",
    },
  },
  {
    id: "validating",
    label: "Validating feelings",
    about: "Letting your partner's feelings make sense, even when you see things differently, before offering anything else.",
    meaning: {
      growing:
        'Wanting to help or to put things in proportion comes from caring. Saying "That makes sense" first, before any advice, is a small step that changes a lot.',
      steady:
        "You often let your partner's feelings be what they are. When you are tempted to fix or reassure, pausing to name the feeling first will deepen it further.",
      strong: "You let your partner's feelings make sense without needing to agree or to fix them. That leaves them feeling accompanied rather than corrected.",
    },
  },
  {
    id: "opening-up",
    label: "Opening your inner world",
    about: "Letting your partner know what you feel, worry about and hope for, not only what you did.",
    meaning: {
      growing:
        "Keeping feelings close can be a way of keeping the peace or keeping safe. Sharing one small true feeling a day lets your partner in gently, at your pace.",
      steady:
        "You let your partner into your inner world some of the time. Naming the harder feelings too, like worry or hurt, gives them a fuller picture of you.",
      strong: "You let your partner see what is going on inside you, including the tender parts. That openness invites them to do the same.",
    },
  },
  {
    id: "conflict-repair",
    label: "Conflict and repair",
    about: "Staying connected through a disagreement and finding your way back to each other afterwards.",
    meaning: {
      growing:
        "Conflict can feel risky, and stepping back is a natural way to protect yourself. Repair is a skill anyone can learn, one small reaching-out at a time.",
      steady:
        "You often find your way back after a disagreement. Naming what your partner felt, not only what happened, can make your repairs land more deeply.",
      strong: "You can stay curious in a disagreement and reach back afterwards. That makes conflict less frightening for both of you.",
    },
  },
  {
    id: "curiosity",
    label: "Curiosity about your partner",
    about: "Staying interested in your partner's feelings, history and hopes, and keeping what you know up to date.",
    meaning: {
      growing:
        "It is easy to feel we already know someone we share a life with. A single open question about their feelings or hopes can show you something new.",
      steady:
        "You are interested in your partner's inner world. Asking about their past and what they are looking forward to will help their reactions make even more sense.",
      strong: "You keep learning who your partner is and how their story shapes them. That knowledge is what lets you meet them exactly where they are.",
    },
  },
  {
    id: "shared-joy",
    label: "Celebrating together",
    about: "Sharing your partner's good moments with real warmth, not only supporting them in hard ones.",
    meaning: {
      growing: 'Good news can slip past in a busy day. Stopping for a moment to ask "Tell me everything!" is one of the quickest ways to feel close.',
      steady: "You often share your partner's good moments. Asking them to tell you more, and noticing small wins too, can make those moments even brighter.",
      strong: "Your partner's joy matters to you, and they can feel it. Celebrating together is empathy too, and you do it well.",
    },
  },
];

/** The band a 0–100 score falls in. */
export function bandFor(score: number): Band {
  if (score >= STRONG_FROM) return "strong";
  if (score >= STEADY_FROM) return "steady";
  return "growing";
}
