/**
 * The words the rewrite adds, several phrasings per need so a partner does not meet the
 * same sentence twice; one is chosen per share, deterministically. Data only, written by
 * this project. Slots: `{feelings}` ("humiliated and anxious"), `{situation}` ("hard"),
 * `{who}` ("your boss"), `{where}` ("in front of the whole team"), `{thing}` ("the interview"),
 * `{action}` (their own advice as a question: "whether to talk to HR").
 */

/** A phrase and the slots it needs; a phrase is used only when all its slots are known. */
export type Phrase = string;

/** Validation that names the share's feeling(s). */
export const NAME_FEELING: readonly Phrase[] = [
  "No wonder you feel {feelings}.",
  "Of course you're {feelings} — that would get to anyone.",
  "It makes complete sense that you feel {feelings}.",
  "I'd feel {feelings} too.",
  "No wonder you feel {feelings}, {where}.",
  "Of course you feel {feelings} about {thing}.",
  "{Who} doing that {where} — no wonder you feel {feelings}.",
];

/** Validation when the share names no feeling. */
export const VALIDATE_PLAIN: readonly Phrase[] = [
  "That sounds really {situation}.",
  "That's so {situation}.",
  "What a {situation} thing to deal with.",
  "That sounds really {situation}, {where}.",
  "{Thing} sounds really {situation}.",
];

/** Celebration for good news. */
export const JOY: readonly Phrase[] = [
  "That's amazing news!",
  "Yes!! I'm so happy for you.",
  "I'm so proud of you!",
  "That's huge — well done you!",
];

/** After a loss or grief: sorrow first, no lessons. */
export const LOSS: readonly Phrase[] = [
  "I'm so sorry, love.",
  "Oh, I'm so sorry.",
  "I'm so sorry — that's so much to carry.",
];

/** Owning one's part when the share is about something the replier did. */
export const APOLOGY: readonly Phrase[] = [
  "I'm sorry — I can see that really hurt you, and that matters to me.",
  "You're right to tell me. I'm sorry it landed that way on you.",
  "I hear you, and I'm sorry. I don't want you to feel like that.",
];

/** Instead of defending: hearing them. */
export const HEAR_THEM: readonly Phrase[] = [
  "I hear you, and I want to understand how it felt for you.",
  "I can hear this hurt, and I want to get it.",
];

/** Instead of making it about the replier: the plans can wait. */
export const PUT_ASIDE: readonly Phrase[] = [
  "My stuff can wait — I'm listening.",
  "Right now this is about you, not me.",
  "We can sort the rest out later; you come first.",
];

/** Advice kept for later, in the replier's own words. */
export const OFFER_LATER_ACTION: readonly Phrase[] = [
  "If it helps later, we could think together about {action}.",
  "Whenever you're ready, we can talk about {action} — no rush.",
  "Later, if you want, we can work out {action}.",
];
export const OFFER_LATER: readonly Phrase[] = [
  "If you want ideas later, I'm here for that too.",
  "Whenever you want to think about next steps, I'm in.",
];

/** Open questions by what the share carries. */
export const ASK_HARD: readonly Phrase[] = [
  "What was the worst part of it for you?",
  "How are you feeling about it now?",
  "What's sitting heaviest with you?",
  "Do you want to tell me more about it?",
  "How are you feeling about {thing} now?",
  "What was it like, {where}?",
];
export const ASK_SOFT: readonly Phrase[] = [
  "How are you feeling about it now?",
  "Do you want to tell me more?",
  "What's it been like for you?",
  "How are you feeling about {thing}?",
];
export const ASK_JOY: readonly Phrase[] = [
  "What was the best bit?",
  "Tell me everything — how did it go?",
  "How are you feeling about it?",
];
export const ASK_LOSS: readonly Phrase[] = [
  "How are you holding up?",
  "Do you want to tell me about it?",
  "What do you need from me tonight?",
];
export const ASK_REPAIR: readonly Phrase[] = [
  "Can you tell me what it was like for you?",
  "What would help now?",
  "Will you tell me more about how it felt?",
];
export const ASK_SURFACE: readonly Phrase[] = [
  "How are you feeling after all that?",
  "How was it for you?",
  "What's on your mind tonight?",
];

/** Warm openers kept from a sentence the rewrite drops ("Ugh, same happened to me…" keeps "Ugh"). */
export const INTERJECTION = /^(?:ugh+|oh no|oh love|oh babe|oh hun|oh|oof|aw+|aww+|omg|oh my god|god|jeez|wow|babe|love|hun|mate|honey|sweetheart|bless you)\b/i;

/** Feeling words people write that the emotion lexicon may not list; "you feel ___" reads well with each. */
export const EXTRA_FEELINGS: readonly string[] = [
  "gutted", "knackered", "shattered", "wrecked", "buzzing", "chuffed", "fuming", "raging", "livid", "heartbroken",
  "devastated", "petrified", "terrified", "drained", "exhausted", "overwhelmed", "humiliated", "embarrassed",
  "frustrated", "furious", "anxious", "nervous", "scared", "worried", "lonely", "hurt", "sad", "angry", "proud",
  "excited", "relieved", "thrilled", "stressed", "upset", "disappointed", "guilty", "ashamed", "jealous", "invisible",
  "stuck", "lost", "numb", "broken", "crushed", "useless", "stupid", "small", "rubbish", "awful", "terrible",
  "miserable", "low", "happy", "grateful", "nervy", "scared stiff", "on edge", "fed up",
];

/** Feelings that sound like a verdict on oneself; the rewrite names them gently, not back as fact. */
export const SELF_JUDGEMENT: ReadonlySet<string> = new Set(["useless", "stupid", "rubbish", "awful", "terrible", "small", "broken"]);

/** Shares of grief or loss: advice is never deferred there, only dropped. */
export const GRIEF = /\b(?:died|passed away|passed on|funeral|grave|memorial|would have been [\w' ]{0,24}(?:\d+|birthday)|anniversary of|miss (?:him|her|them|mum|mom|dad) so|since (?:he|she) (?:died|passed|went)|lost (?:my|our) (?:mum|mom|mother|dad|father|baby|son|daughter|nan|gran|brother|sister|friend|husband|wife)|miscarr)/i;
