/**
 * What the coach says about each finding: one warm line on why it matters. Data only,
 * written by this project. `{feeling}` is filled with the share's feeling when known.
 */
import type { MoveId, PitfallId } from "../contract.ts";

export const PITFALL_WHY: Readonly<Record<PitfallId, string>> = {
  fixing: "A fix before they feel heard can land as 'stop feeling this' — most people want to be heard first, ideas later.",
  i_understand: "Saying you understand can land as 'no, you don't' — showing it by naming what they feel lands softer.",
  hijacking: "Your own story moves the spotlight to you; keep it on them for now and share yours later.",
  problem_solving_question: "Asking for their plan can feel like pressure; ask about the feeling first.",
  making_it_about_me: "This makes their feeling sound like an inconvenience to you; put your own needs aside for a moment.",
  minimizing: "This tells them the feeling is too big or wrong; it's real to them even if it looks small from outside.",
  blaming: "Pointing at what they did wrong turns their reach for comfort into a fight.",
  why_question: "A 'why' question can feel like being put on trial; 'how did that feel?' invites instead.",
  defensiveness: "Defending yourself shifts the talk to you; hearing their hurt first cools things down.",
  sympathy: "Pity watches from outside; stepping into how it feels for them brings you closer.",
};

export const MOVE_WHY: Readonly<Record<MoveId, string>> = {
  validation: "You tell them their reaction makes sense — that's what helps someone feel heard.",
  naming_feeling: "You put a name to what they feel, which shows you were really listening.",
  warmth: "Your own caring reaction shows you're with them, not just hearing the facts.",
  exploration: "An open question invites them to say more about what it's like for them.",
  presence: "Offering your presence or a choice lets them lean on you in the way they need.",
  shared_joy: "Celebrating their good news with them is empathy too.",
  level_two: "You connect this to what you know of their story — the deepest kind of empathy.",
  empathic_apology: "You own your part and how it affected them, which opens the way to repair.",
};

/** Replacement text for a pitfall span; `{feeling}` is the share's feeling, `{action}` the advice. */
export const PITFALL_SUGGESTION: Readonly<Partial<Record<PitfallId, string>>> = {
  i_understand: "That makes sense — no wonder you feel {feeling}.",
  hijacking: "What was that like for you?",
  problem_solving_question: "How are you feeling about it now?",
  making_it_about_me: "That sounds really {feeling_adj}. We can sort out plans later.",
  minimizing: "It makes sense you feel {feeling}.",
  blaming: "That sounds really hard.",
  why_question: "How did that feel for you?",
  defensiveness: "I can see this hurt you, and I want to understand.",
  sympathy: "I'm so sorry. That sounds really {feeling_adj}.",
};

/** Advice, deferred rather than deleted (fixing): the replier keeps their idea for later. */
export const DEFER_ADVICE = "Whenever you want, we can think about what to do";
export const DEFER_ADVICE_WITH_ACTION = "Whenever you want, we can think about whether to {action}";
export const DEFER_ADVICE_GERUND = "Whenever you want, we can think about whether {action} would help";

/** Fallback feeling words per core emotion, when the share names none of its own. */
export const EMOTION_FALLBACK: Readonly<Record<"mad" | "sad" | "glad" | "fear", { feeling: string; adjective: string }>> = {
  mad: { feeling: "frustrated", adjective: "frustrating" },
  sad: { feeling: "hurt", adjective: "hard" },
  glad: { feeling: "happy", adjective: "wonderful" },
  fear: { feeling: "worried", adjective: "stressful" },
};

/** Feeling words whose "that sounds …" form differs ("overwhelmed" → "overwhelming"). */
export const FEELING_TO_SITUATION: Readonly<Record<string, string>> = {
  overwhelmed: "overwhelming", frustrated: "frustrating", annoyed: "annoying", embarrassed: "embarrassing",
  humiliated: "humiliating", exhausted: "exhausting", drained: "draining", scared: "scary", afraid: "scary",
  frightened: "frightening", terrified: "terrifying", disappointed: "disappointing", stressed: "stressful",
  worried: "worrying", anxious: "nerve-wracking", nervous: "nerve-wracking", hurt: "hurtful", upset: "upsetting",
  lonely: "lonely", isolated: "isolating", heartbroken: "heartbreaking", devastated: "devastating", angry: "maddening",
  furious: "infuriating", mad: "maddening", sad: "sad", guilty: "heavy", ashamed: "painful", tired: "tiring",
  rejected: "hurtful", ignored: "hurtful", dismissed: "dismissive", betrayed: "hurtful", jealous: "hard",
  irritated: "irritating", depressed: "heavy", miserable: "miserable", hopeless: "heavy", discouraged: "discouraging",
  defeated: "deflating", invisible: "lonely", unseen: "lonely", "left out": "lonely", "let down": "disappointing",
  "fed up": "wearing", resentful: "hard", bitter: "hard", grief: "painful", crying: "painful", regret: "heavy",
  happy: "wonderful", excited: "exciting", proud: "wonderful", thrilled: "wonderful", relieved: "such a relief",
  grateful: "lovely", "worn out": "exhausting", panicked: "frightening", insecure: "hard", helpless: "hard",
};

/** Feeling words that read well after "you feel" (the share's canonical words that don't are mapped). */
export const FEELING_AS_ADJECTIVE: Readonly<Record<string, string>> = {
  grief: "grief-stricken", crying: "upset", shaking: "shaken up", flapping: "in a flap", regret: "regretful", anger: "angry", fear: "afraid", sadness: "sad",
  joy: "happy", pride: "proud", shame: "ashamed", guilt: "guilty", loneliness: "lonely", tears: "upset",
  rage: "furious", disgust: "disgusted", panic: "panicked", dread: "full of dread", love: "loved",
};

/** Open questions that end a rewrite, by what the share carries. */
export const CLOSING_QUESTIONS = {
  hard: "What's been the hardest part?",
  feeling: "How are you feeling about it now?",
  surface: "How did it feel?",
  holding: "How are you holding up?",
  joy: "How does it feel?",
} as const;

/** Nudges for a share that stays on the outer layer (events only). */
export const DEPTH_NUDGES = {
  short: "A word on how you're feeling — mad, sad, glad or afraid — helps them meet you there.",
  events: "You've said what happened; adding how it felt lets them in.",
  loss: "If you'd like, a word on how you're holding up helps them be there for you.",
} as const;

/**
 * More ways to say why, so the coach does not repeat one sentence per label; one is
 * chosen per reply (deterministically) from the line above and these.
 */
export const PITFALL_WHY_MORE: Readonly<Record<PitfallId, readonly string[]>> = {
  fixing: [
    "Ideas can wait a little — first they need to know you've heard how it feels.",
    "A solution this early can sound like 'here's how to stop feeling that'. Listening first makes the idea welcome later.",
  ],
  i_understand: [
    "'I know how you feel' can shut the door; saying back what you heard shows it instead.",
    "Even when you do understand, naming their feeling lands better than claiming it.",
  ],
  hijacking: [
    "Your story can wait — right now the spotlight is theirs.",
    "Turning to your own experience can leave them feeling unheard; ask about theirs first.",
  ],
  problem_solving_question: [
    "A question about the plan can feel like a test; one about how it feels invites them in.",
    "Asking what they'll do next puts them on the spot before they've been heard.",
  ],
  making_it_about_me: [
    "Your plans matter too, but right now this reads as if their feeling costs you something.",
    "Bringing in what it means for you moves the focus away from what they're going through.",
  ],
  minimizing: [
    "Shrinking the feeling can leave them feeling silly for having it.",
    "Comforting by making it smaller tells them they shouldn't feel it — stay with how big it is for them.",
  ],
  blaming: [
    "Even if there's some truth in it, fault-finding now makes them defend instead of open up.",
    "'You always' and 'you did' turn a moment of closeness into a trial.",
  ],
  why_question: [
    "'Why' can sound like 'justify yourself'; 'what was that like?' asks the same with care.",
    "A why-question asks them to defend the feeling; a how- or what-question invites it.",
  ],
  defensiveness: [
    "Explaining yourself can wait; hearing how it landed on them comes first.",
    "A defence, even a fair one, tells them their hurt isn't the point.",
  ],
  sympathy: [
    "Feeling sorry for them keeps you on the outside; feeling it with them brings you in.",
    "Pity can sound distant; say what you imagine it's like instead.",
  ],
};

export const MOVE_WHY_MORE: Readonly<Record<MoveId, readonly string[]>> = {
  validation: ["You let their feeling make sense — that's the heart of being heard.", "Telling them it makes sense takes away the worry that they're overreacting."],
  naming_feeling: ["Naming the feeling shows you caught what's underneath the words.", "Putting their feeling into words helps them feel seen."],
  warmth: ["Your own reaction tells them you're in it with them.", "A warm word like this says 'I'm with you' before anything else."],
  exploration: ["An open question lets them take you further into what it's like.", "Asking about their experience keeps the spotlight on them."],
  presence: ["Being there, or giving them the choice, lets them lean on you their way.", "Offering your company and care without prescribing is a quiet kind of support."],
  shared_joy: ["Joining in their joy makes the good news bigger.", "Celebrating with them says their wins matter to you."],
  level_two: ["You brought in what you know of their story — that's empathy at its deepest.", "Remembering their history shows you know them, not just this moment."],
  empathic_apology: ["Owning your part and how it landed is what repair is made of.", "An apology that names the effect on them opens the door back."],
};
