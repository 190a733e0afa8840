import { z } from "zod";
import { emotionsSchema } from "../checkins.ts";

/**
 * The two people in a repair. "a" tells first; the app decides who is "a" (for example
 * the person who started the flow). Every action names who is acting.
 */
export const PEOPLE = ["a", "b"] as const;
export type Person = (typeof PEOPLE)[number];
export const personSchema = z.enum(PEOPLE);
export const other = (p: Person): Person => (p === "a" ? "b" : "a");

/** The steps in order, then the three ways a flow can end. */
export const REPAIR_STEPS = [
  "safety_check",
  "pause_and_agree",
  "tell_a",
  "reflect_b",
  "tell_b",
  "reflect_a",
  "own_part",
  "apology",
  "agreement",
  "done",
  "not_started",
  "ended",
] as const;
export type RepairStep = (typeof REPAIR_STEPS)[number];
export const FINAL_STEPS: readonly RepairStep[] = ["done", "not_started", "ended"];

/**
 * After guided repair did not start (a concern, a "not now", or an end at the check),
 * nobody in the couple can start it again for this long: asking again at once would
 * press the person who stopped it.
 */
export const REPAIR_RESTART_AFTER_MS = 24 * 60 * 60 * 1000;

/** The short safety check. Every question is phrased so that "yes" means "not safe to start". */
export const SAFETY_QUESTION_IDS = ["afraid", "hurt_or_threatened", "controlled", "cannot_say_no"] as const;
export type SafetyQuestionId = (typeof SAFETY_QUESTION_IDS)[number];
/** "Not sure" counts like "yes": when someone cannot say they are safe, we do not start. */
export const SAFETY_ANSWERS = ["yes", "no", "not_sure"] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];
const safetyAnswer = z.enum(SAFETY_ANSWERS);

export const REPAIR_TEXT_MAX = 2000;
const text = (max = REPAIR_TEXT_MAX) => z.string().trim().min(1, "Write a few words first.").max(max, `Keep this under ${max} characters.`);

export const tellingSchema = z.strictObject({
  /** What happened, as the teller saw it. */
  happened: text(),
  /** The four core emotions, 0-3 each; at least one is named. */
  felt: emotionsSchema.refine((e) => e.mad + e.sad + e.glad + e.fear > 0, "Pick at least one feeling, even a little."),
  /** Finer words for the feeling, if the teller has them ("embarrassed", "lonely"). */
  feelingWords: z.string().trim().max(300).default(""),
  /** What the teller needed in that moment, if they know. */
  needed: z.string().trim().max(REPAIR_TEXT_MAX).default(""),
});
export type Telling = z.infer<typeof tellingSchema>;

const by = { by: personSchema };

/** Action bodies, one schema each; `type` tells them apart. */
export const repairActionSchemas = {
  answer_safety: z.strictObject({
    type: z.literal("answer_safety"),
    ...by,
    // Every question must be answered: a partial check is not a check.
    answers: z.strictObject({
      afraid: safetyAnswer,
      hurt_or_threatened: safetyAnswer,
      controlled: safetyAnswer,
      cannot_say_no: safetyAnswer,
    }) satisfies z.ZodType<Record<SafetyQuestionId, SafetyAnswer>>,
  }),
  /** Declines the check, no reason asked; looks the same to the partner as a concern. */
  not_now: z.strictObject({ type: z.literal("not_now"), ...by }),
  agree_to_talk: z.strictObject({ type: z.literal("agree_to_talk"), ...by }),
  tell: z.strictObject({ type: z.literal("tell"), ...by, telling: tellingSchema }),
  reflect: z.strictObject({ type: z.literal("reflect"), ...by, text: text() }),
  confirm_heard: z.strictObject({ type: z.literal("confirm_heard"), ...by }),
  not_quite: z.strictObject({ type: z.literal("not_quite"), ...by, clarification: z.string().trim().max(REPAIR_TEXT_MAX).default("") }),
  own_part: z.strictObject({ type: z.literal("own_part"), ...by, text: text() }),
  apologise: z.strictObject({ type: z.literal("apologise"), ...by, text: text() }),
  pass_apology: z.strictObject({ type: z.literal("pass_apology"), ...by }),
  propose_agreement: z.strictObject({ type: z.literal("propose_agreement"), ...by, text: text(500) }),
  accept_agreement: z.strictObject({ type: z.literal("accept_agreement"), ...by }),
  pause: z.strictObject({ type: z.literal("pause"), ...by }),
  resume: z.strictObject({ type: z.literal("resume"), ...by }),
  end: z.strictObject({ type: z.literal("end"), ...by }),
} as const;

export const repairActionSchema = z.discriminatedUnion("type", [
  repairActionSchemas.answer_safety,
  repairActionSchemas.not_now,
  repairActionSchemas.agree_to_talk,
  repairActionSchemas.tell,
  repairActionSchemas.reflect,
  repairActionSchemas.confirm_heard,
  repairActionSchemas.not_quite,
  repairActionSchemas.own_part,
  repairActionSchemas.apologise,
  repairActionSchemas.pass_apology,
  repairActionSchemas.propose_agreement,
  repairActionSchemas.accept_agreement,
  repairActionSchemas.pause,
  repairActionSchemas.resume,
  repairActionSchemas.end,
]);
export type RepairAction = z.infer<typeof repairActionSchema>;
/** An action as sent (defaults not yet applied). */
export type RepairActionInput = z.input<typeof repairActionSchema>;
export type RepairActionType = RepairAction["type"];

/** Reflections per telling; enough for a real loop, bounded so the state stays small. */
export const MAX_REFLECTIONS = 12;

const pair = <T extends z.ZodType>(t: T) => z.strictObject({ a: t, b: t });

/** One person's telling and the other's attempts to reflect it. Keyed by the teller. */
export const sideSchema = z.strictObject({
  telling: tellingSchema.nullable(),
  /** The listener's reflections, oldest first. */
  reflections: z.array(z.string()).max(MAX_REFLECTIONS),
  /** What the teller added after each "not quite", oldest first. */
  clarifications: z.array(z.string()).max(MAX_REFLECTIONS),
  /** The newest reflection waits for the teller's "yes, that's it" or "not quite". */
  awaitingConfirmation: z.boolean(),
  heard: z.boolean(),
});
export type Side = z.infer<typeof sideSchema>;

export const apologyEntrySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("offered"), text: z.string() }),
  z.strictObject({ kind: z.literal("passed") }),
]);

export const repairStateSchema = z
  .strictObject({
    version: z.literal(1),
    step: z.enum(REPAIR_STEPS),
    paused: z.strictObject({ by: personSchema }).nullable(),
    /**
     * Who has completed the safety check with no concern. Answers themselves are never
     * stored, and a safety stop clears this, so the saved state does not say who answered what.
     */
    safety: pair(z.boolean()),
    agreedToTalk: pair(z.boolean()),
    sides: pair(sideSchema),
    ownPart: pair(z.string().nullable()),
    apology: pair(apologyEntrySchema.nullable()),
    agreement: z.strictObject({ text: z.string(), proposedBy: personSchema, accepted: z.boolean() }).nullable(),
  })
  .superRefine((s, ctx) => {
    // A stored state must not be able to skip the safety check either.
    const started = !["safety_check", "not_started", "ended"].includes(s.step);
    if (started && !(s.safety.a && s.safety.b))
      ctx.addIssue({ code: "custom", path: ["safety"], message: "The flow cannot be past the safety check unless both completed it." });
  });
export type RepairState = z.infer<typeof repairStateSchema>;
