import type { LibraryItemInput } from "../schema.ts";

/**
 * Practices for the physical intimacy and desire set: shown to a couple once both chose
 * it. Consent and comfort come first in every one; any step can be skipped, and "not
 * now" is always a full answer. Written for Attune in its own words.
 */
export const INTIMACY_PRACTICES: readonly LibraryItemInput[] = [
  {
    id: "yes-maybe-not-now", kind: "exercise", set: "intimacy", title: "Yes, maybe, not now", minutes: 8, depth: "medium", for: "two", topics: ["closeness", "trust"],
    summary: "A calm, clothed conversation about what each of you enjoys, might be curious about, or would rather not. Knowing where the other stands makes closeness feel safer.",
    steps: [
      "Choose a relaxed moment that isn't in the bedroom, such as a walk or the sofa.",
      "Each privately write three short lists: things you enjoy, things you might be curious about, things that aren't for you.",
      "Share only what you feel comfortable sharing. The listener says thank you, never \"why not\".",
      "Agree that any answer can change at any time, and that \"not now\" needs no reason.",
    ],
  },
  {
    id: "six-second-kiss", kind: "exercise", set: "intimacy", title: "A longer hello", minutes: 2, depth: "light", for: "two", topics: ["closeness", "everyday"], emotions: ["glad"],
    summary: "A hello that lasts a few breaths longer than usual says \"I'm glad you're here\". Tiny, daily, and it adds up.",
    steps: [
      "When one of you comes home or you meet after time apart, greet each other with a hug or kiss that lasts at least six seconds.",
      "If that doesn't feel right today, a hand on the arm and a proper look works too.",
      "Notice how it changes the next few minutes.",
    ],
  },
  {
    id: "touch-that-isnt-a-question", kind: "exercise", set: "intimacy", title: "Touch that isn't a question", minutes: 5, depth: "light", for: "two", topics: ["closeness", "comfort"],
    summary: "When every touch might lead to sex, some people stop touching at all. Affection that asks for nothing more brings warmth back.",
    steps: [
      "Agree out loud: for the next few days, some touch is simply affection, with no expectation attached.",
      "Each name one kind of touch you'd enjoy that way: a back rub, holding hands, a head on a shoulder.",
      "Offer it once a day and enjoy it for itself.",
      "At the end, each say how it felt.",
    ],
  },
  {
    id: "what-puts-me-in-the-mood", kind: "exercise", set: "intimacy", title: "What helps me feel in the mood", minutes: 6, depth: "medium", for: "two", topics: ["closeness", "feelings"],
    summary: "Desire often starts long before anyone touches: feeling rested, appreciated or playful. Learning each other's starting points is a gift.",
    steps: [
      "Each finish the sentences: \"I feel more open to closeness when...\" and \"It's harder when...\"",
      "Think beyond the bedroom: tiredness, stress, a tidy room, laughter, time alone first. Share only what you're comfortable sharing.",
      "The listener reflects back one thing they hadn't known.",
      "Each choose one small thing you could offer the other this week.",
    ],
  },
  {
    id: "kind-no-warm-yes", kind: "exercise", set: "intimacy", title: "A kind \"no\", a warm \"later\"", minutes: 5, depth: "medium", for: "two", topics: ["closeness", "trust", "listening"],
    summary: "Different rhythms of desire are normal. Having gentle words ready for \"not tonight\" protects both people from feeling rejected or pressured.",
    steps: [
      "Together, write two or three ways to say \"not now\" that still say \"I love you\", such as \"Not tonight, but come here for a cuddle\".",
      "Agree that a \"no\" is always accepted at once, without sulking or persuading.",
      "Each say what helps you feel still wanted after hearing \"not now\".",
    ],
  },
  {
    id: "a-slow-evening", kind: "exercise", set: "intimacy", title: "A slow evening with no goal", minutes: 10, depth: "medium", for: "two", topics: ["closeness", "play"], emotions: ["glad"],
    summary: "Time together without an agenda lets closeness unfold at its own pace. Whatever happens, or doesn't, is fine.",
    steps: [
      "Set aside an evening: phones away, something you both like to listen to.",
      "Start with something relaxing side by side: a bath, a massage of hands or shoulders, or lying close and talking.",
      "Check in with a word now and then: \"Still good?\"",
      "Let the evening go wherever you both want, including nowhere further.",
    ],
  },
  {
    id: "talking-about-sex-out-loud", kind: "exercise", set: "intimacy", title: "Easing into talking about sex", minutes: 7, depth: "deep", for: "two", topics: ["closeness", "feelings", "trust"],
    summary: "Many couples find sex easier to have than to talk about. Starting with easy, appreciative questions builds the words for harder ones.",
    steps: [
      "Sit side by side rather than face to face if that feels easier.",
      "Each share one thing you've loved about being close lately.",
      "Each share one word that describes how talking about this feels right now: shy, curious, nervous, fine.",
      "If it feels right, each name one small wish. If not, stop here: this was already a good start.",
    ],
  },
  {
    id: "body-kindness", kind: "exercise", set: "intimacy", title: "Kindness towards bodies", minutes: 5, depth: "deep", for: "one", topics: ["feelings", "comfort"], emotions: ["sad", "fear"],
    summary: "How we feel about our own bodies shapes how close we let ourselves be. A few minutes of kindness towards yours can soften that.",
    steps: [
      "Find a private, comfortable moment.",
      "Name three things your body did for you this week: carried you, rested, held someone.",
      "Notice any harsh thought about your body and answer it as you would a friend.",
      "If you like, tell your partner one thing that helps you feel comfortable in your skin.",
    ],
  },
  {
    id: "closeness-when-life-changes", kind: "exercise", set: "intimacy", title: "Closeness when life changes", minutes: 8, depth: "deep", for: "two", topics: ["closeness", "stress", "growth"],
    summary: "Illness, a new baby, grief, medication, menopause or sheer exhaustion can change desire for a while. Naming it together keeps it from becoming a silent hurt.",
    steps: [
      "Each say, gently, how closeness has felt for you lately, without blaming either person.",
      "Name what's changed around you that might explain it.",
      "Each say what kind of closeness still feels good right now.",
      "Agree to come back to this in a month, and that a doctor or counsellor is a fine next step if either of you would like one.",
    ],
  },
  {
    id: "appreciating-our-closeness", kind: "celebration", set: "intimacy", title: "Remembering a close moment", minutes: 4, depth: "light", for: "two", topics: ["closeness", "appreciation", "joy"], emotions: ["glad"],
    summary: "Remembering a moment when you felt close brings some of that warmth back, and tells your partner what you treasure.",
    steps: [
      "Each think of a moment when you felt especially close, physically or otherwise.",
      "Share it, with one detail: a place, a sound, a look. Keep anything you'd rather not say to yourself; only what you're comfortable sharing.",
      "Say what made it special for you.",
    ],
  },
];
