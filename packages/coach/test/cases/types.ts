/**
 * Our own labelled share/reply cases for the coach (written by the project, never
 * copied from a data set). `expect.pitfalls` and `expect.moves` are the COMPLETE sets:
 * a label the engine finds that is not listed counts as a false positive.
 *
 * Labelling conventions (so the cases stay consistent with each other):
 * - fixing: unasked-for advice or a solution ("you should", "just…", "why don't you",
 *   "have you tried", "maybe try", "I'd…"). Never when the share asks for advice.
 * - i_understand: claiming to understand ("I understand", "I know how you feel",
 *   "I know exactly what you mean", "I totally get it"). Not "help me understand".
 * - hijacking: the replier moves the spotlight to their own story or day.
 * - problem_solving_question: a question that presses for a plan or action
 *   ("what are you going to do about it?", "what's the plan?", "are you going to quit?").
 * - making_it_about_me: the sharer's feeling treated as an inconvenience to the replier.
 * - minimizing: the feeling is wrong, too big or should stop ("don't worry", "at least",
 *   "calm down", "cheer up", "it's not a big deal", "you're overreacting", "it's just…").
 *   Not "don't worry about dinner, I've got it" (that is presence).
 * - blaming: fault or a generalisation about the sharer ("you always", "you never",
 *   "well you did leave it late", "that's what happens when you…").
 * - why_question: a "why" question that puts them on trial ("why are you upset?",
 *   "why would that bother you?"). "Why don't you…" is fixing, not this.
 * - defensiveness: the replier defends themselves ("I didn't do anything wrong",
 *   "that's not what I said", "it's not my fault", "I was only trying to help").
 * - sympathy: pity from outside ("poor you", "poor thing", "I feel bad for you",
 *   "I feel sorry for you").
 * - validation: the feeling or reaction makes sense or the situation is hard
 *   ("that makes sense", "of course…", "no wonder…", "anyone would…", "that sounds
 *   hard/rough/awful/like a lot", "I'd feel the same", "that's so unfair", "I can see
 *   how…", "I can imagine how…").
 * - naming_feeling: a feeling word attributed to the sharer or their experience
 *   ("you sound anxious", "that must have felt humiliating", "no wonder you're hurt",
 *   "that sounds so frustrating"). "That sounds / must be + feeling word" is both
 *   validation and naming_feeling; "you sound / seem / it sounds like you felt + feeling"
 *   is naming_feeling only. Positive feelings ("you must be buzzing", "that must have
 *   felt so good") are naming_feeling only.
 * - warmth: the replier's own caring reaction ("I'm so sorry that happened", "oh no",
 *   "oof", "ugh", "hugs", "my heart", "I hate that for you", ❤️ 🫂). A bare "aw" or
 *   "oh" is not warmth on its own ("aw, poor you" is sympathy).
 * - exploration: an open question or invitation about their experience or feelings
 *   ("what was the hardest part?", "how are you feeling now?", "what happened?",
 *   "tell me more", "help me understand"), including gentle closed check-ins
 *   ("are you okay?"), but not pitfall questions.
 * - presence: being there or offering choice and care ("I'm here", "I'm with you",
 *   "want to talk about it or do you need quiet?", "take your time", "I've got dinner").
 * - shared_joy: celebrating good news ("congrats!", "that's amazing", "so proud of you").
 * - level_two: links the feeling to what the replier knows of the sharer's history,
 *   wounds or personality ("given how often you moved as a kid, no wonder…").
 * - empathic_apology: an apology for the replier's own action that owns its effect
 *   ("I'm sorry I snapped at you; I can see it hurt").
 * - level (given only where both readings agree): 0 no moves; 1 moves, no level_two,
 *   and no pitfalls; 2 level_two without pitfalls. Mixed replies leave it out.
 */
import type { CoreEmotion, MoveId, PitfallId } from "../../src/contract.ts";

export interface CaseExpect {
  pitfalls: PitfallId[];
  moves: MoveId[];
  level?: 0 | 1 | 2;
  /** emotions the share clearly expresses (each must be found; order not checked) */
  shareEmotions?: CoreEmotion[];
  shareDepth?: "surface" | "inner";
  asksAdvice?: boolean;
}

export interface CoachCase {
  id: string;
  share: string;
  reply?: string;
  partnerNotes?: string[];
  expect: CaseExpect;
}

/** Identity helper: gives each theme file type checking without repeating annotations. */
export function cases(list: CoachCase[]): CoachCase[] {
  return list;
}
