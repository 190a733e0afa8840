import { NOT_STARTED } from "../safety/texts.ts";
import type { RepairStep, SafetyQuestionId } from "./schema.ts";

/**
 * Every word the guided repair shows, as data. Written for Attune in its own words:
 * calm, warm, never blaming. The app adds names; "your partner" is the neutral default.
 */
export interface StepText {
  title: string;
  /** One or two sentences that open the step. */
  intro: string;
  /** Short, concrete guidance. */
  tips: readonly string[];
  /** Example words people can borrow and make their own. */
  examples?: readonly string[];
}

export const SAFETY_INTRO: StepText = {
  title: "Before you begin: a quick check",
  intro: "Guided repair is for couples who both feel safe with each other. A few short questions help make sure this is the right tool for you today.",
  tips: [
    "Each of you answers on your own, honestly. Your answers are not shown to your partner and are not saved.",
    'You can also choose "Not now" without giving a reason. Your partner sees the same thing either way.',
    "If you're sharing one screen, hand it over and give each other a moment of privacy.",
    "There are no wrong answers. If this isn't the right tool today, we'll point you to better support.",
  ],
};

export const SAFETY_QUESTIONS: readonly { id: SafetyQuestionId; text: string }[] = [
  { id: "afraid", text: "Do you ever feel afraid of your partner?" },
  { id: "hurt_or_threatened", text: "Has your partner ever hurt you, or threatened to hurt you?" },
  { id: "controlled", text: "Does your partner control where you go, who you see, or your money in a way that worries you?" },
  { id: "cannot_say_no", text: "Do you feel you can't say no to your partner without something bad happening?" },
];

/** The answer labels, in the order to show them. */
export const SAFETY_ANSWER_LABELS = { yes: "Yes", no: "No", not_sure: "I'm not sure" } as const;

/** What both people see when guided repair does not start: the same after a concern, a "not now" or an end at the check. */
export const NOT_STARTED_TEXT: StepText = { title: NOT_STARTED.title, intro: NOT_STARTED.intro, tips: NOT_STARTED.tips };

export const EMPATHIC_APOLOGY_EXAMPLES: readonly string[] = [
  "I see how this affected you, and I care enough to do better.",
  "I'm sorry I left you feeling alone with that. You matter to me.",
  "When I cut you off, you felt brushed aside, and I'm truly sorry. That's not how I want you to feel with me.",
  "I see now it wasn't really about the tickets; it was feeling you plan everything on your own. I'm sorry, and I want to share that load.",
  "I'm sorry my joke hurt. What you care about matters to me, and I'll be more careful.",
  "I still see parts of it differently, and I'm sorry for how it landed on you. That matters more to me than being right.",
];

export const STEP_TEXTS: Readonly<Record<RepairStep, StepText>> = {
  safety_check: SAFETY_INTRO,
  pause_and_agree: {
    title: "Pause, breathe, and agree to talk",
    intro: "Start with presence, not perfection. Before you talk, make sure you're both calm enough to listen.",
    tips: [
      "If your heart is racing or you feel flooded, pause for twenty minutes or so and do something soothing. You can come back to this exact step.",
      "You're not here to decide who was right. You're here to understand each other.",
      "When you're both ready, each of you agrees to talk.",
    ],
    examples: ["Can we talk about what happened? I want to understand what you felt.", "I'm not ready yet. Can we come back to this after a walk?"],
  },
  tell_a: {
    title: "The first of you tells their side",
    intro: "Share what happened for you, what you felt, and what you needed. Your partner will listen and reflect it back before giving their own side.",
    tips: [
      'Describe what happened as you experienced it, with "I" rather than "you always".',
      "Name what you felt: mad, sad, glad or afraid, and how strongly. Finer words help too.",
      "Say what you needed in that moment, if you know.",
      "The listener's only job for now is to understand. Their turn comes next.",
    ],
    examples: ["When the plans changed at the last minute, I felt sad and a bit afraid that I don't matter much. I needed to be asked first."],
  },
  reflect_b: {
    title: "Reflect back what you heard",
    intro: "Say back what your partner told you, especially the feelings, until they say \"Yes, that's it.\" You don't have to agree to understand.",
    tips: [
      'Start with "What I heard is..." or "It sounds like you felt...".',
      "Reflect the feeling and the need, not only the facts.",
      'Leave out your own side for now, and any "but".',
      'If your partner says "not quite", that\'s normal. Listen to what they add and try again.',
    ],
    examples: [
      "It sounds like when I changed the plans, you felt sad and worried that you come second. You needed me to ask you first. Is that right?",
      "So what hurt most wasn't the evening itself, it was feeling left out of the decision. Did I get that?",
    ],
  },
  tell_b: {
    title: "Now the other tells their side",
    intro: "Thank you both. Now it's the second person's turn to share what happened for them, what they felt and what they needed.",
    tips: [
      "Describe your own experience, not a rebuttal of your partner's.",
      "Name your feelings and what you needed.",
      "The listener, who has just been heard, now listens and reflects.",
    ],
    examples: ["When you went quiet afterwards, I felt afraid I'd ruined the whole week. I needed to know we were still okay."],
  },
  reflect_a: {
    title: "Reflect back what you heard",
    intro: 'Now say back what your partner told you, feelings first, until they say "Yes, that\'s it."',
    tips: [
      "Use their words where you can.",
      'Validation isn\'t agreement: "It makes sense you felt that" still leaves room for your view.',
      'If your partner says "not quite", take it in and try again.',
    ],
    examples: ["It makes sense that my silence scared you. You needed to know we were still okay. Is that it?"],
  },
  own_part: {
    title: "Each name your own part",
    intro: "Most conflicts are made by two. Each of you names one thing you contributed, however small. This is about ownership, not blame.",
    tips: [
      'Start with "My part was..." and keep it to your own actions.',
      "It can include what was going on for you: tired, stressed, distracted.",
      "Leave your partner's part to them.",
    ],
    examples: [
      "My part was changing the plans without asking you. I was stressed and didn't think about how it would land.",
      "My part was going quiet instead of telling you I was hurt.",
    ],
  },
  apology: {
    title: "An apology, where it fits",
    intro: "An empathic apology speaks to how your partner felt, not only to what happened. Offer one if it feels true, or pass for now; both are okay.",
    tips: [
      "Name the feeling you caused, and that it matters to you.",
      'Leave out "but" and "if you felt".',
      "An apology isn't a promise to be perfect. It's a sign that you care.",
    ],
    examples: EMPATHIC_APOLOGY_EXAMPLES,
  },
  agreement: {
    title: "One small agreement for next time",
    intro: "Choose one small, doable thing to try next time something like this happens. Small is the point: it's easier to keep.",
    tips: [
      "Either of you can suggest one; the other accepts it or suggests a different wording.",
      "Make it concrete: who does what, and when.",
      "You can always come back and adjust it.",
    ],
    examples: [
      "When plans change, we'll ask each other before saying yes to anyone else.",
      'If one of us goes quiet, the other can ask "Talk or quiet?" and we\'ll answer honestly.',
    ],
  },
  done: {
    title: "You did it",
    intro: "You listened, were heard, named your parts and found a way forward. That's what repair looks like, and it gets easier with practice.",
    tips: ["Do something kind together, even something small.", "Come back to your agreement in a week's check-in and see how it's going."],
  },
  not_started: NOT_STARTED_TEXT,
  ended: {
    title: "The conversation has stopped for now",
    intro: "One of you has ended this conversation. That's okay: sometimes the moment isn't right.",
    tips: ["When you're both ready, you can start a new guided repair.", "A short break, a walk, or a good night's sleep can help."],
  },
};
