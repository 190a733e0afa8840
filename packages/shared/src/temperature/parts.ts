import { WEEKLY_PARTS, type WeeklyPart } from "../library/schema.ts";

/**
 * The Daily Temperature Reading (Virginia Satir; taught in PAIRS): five parts, always in
 * this order, done together in five to twenty minutes. The order matters: appreciation
 * first warms the ground so that a complaint later arrives as a request between allies.
 * They are the library's weekly check-in parts, so that ritual's questions serve here too.
 */
export const TEMPERATURE_PARTS = WEEKLY_PARTS;
export type TemperaturePart = WeeklyPart;

export interface TemperaturePartGuide {
  title: string;
  /** What this part is for, in one sentence. */
  purpose: string;
  /** The opening the person can borrow. */
  stem: string;
  example: string;
}

export const TEMPERATURE_GUIDE: Record<TemperaturePart, TemperaturePartGuide> = {
  appreciation: {
    title: "Appreciations",
    purpose: "Name something specific your partner did or is that you're glad of.",
    stem: "I appreciated it when you…",
    example: "I appreciated it when you made tea before I even asked this morning.",
  },
  new_information: {
    title: "New information",
    purpose: "Share what's new with you — plans, news, how your week is going — so neither of you is guessing.",
    stem: "Something new with me is…",
    example: "Something new with me is that my Thursday meeting moved to the evening.",
  },
  puzzle: {
    title: "Puzzles",
    purpose: "Ask about something you've been wondering about, with curiosity rather than a conclusion.",
    stem: "I've been wondering about…",
    example: "I've been wondering about how you're feeling about your sister's visit.",
  },
  complaint_with_request: {
    title: "A complaint with a request",
    purpose: "Name one thing that bothered you, without blame, and ask for what you'd like instead.",
    stem: "When …, I felt … . Would you be willing to … ?",
    example: "When the dishes stayed in the sink overnight, I felt tired. Would you be willing to do them before bed on your cooking nights?",
  },
  hope: {
    title: "Wishes, hopes and dreams",
    purpose: "Share something you long for — small or large, for you or for the two of you.",
    stem: "I hope that…",
    example: "I hope that we can spend a weekend by the sea this spring.",
  },
};

/** Between five and twenty minutes, as the practice asks; shown, never enforced. */
export const TEMPERATURE_MINUTES = { from: 5, to: 20 } as const;

export const isTemperaturePart = (value: string): value is TemperaturePart => (TEMPERATURE_PARTS as readonly string[]).includes(value);
