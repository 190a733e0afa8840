/**
 * Words and patterns of the context stage (`rules/context.ts`): data only, written by this
 * project. The stage decides what a finding means given the share and the rest of the reply.
 */

/**
 * A wh-question asks for their own idea ("What could you try?", "How would you make sure
 * you're up on time?"); advice lives in statements and yes/no questions. "What if you…",
 * "what about…", "how about…" and "what do you think of…" still propose.
 */
export const WH_QUESTION =
  /^(?:(?:so|and|but|ok|okay|well|um+|uh+|yeah|right|mm+|hmm+|cool|good|great)[,.]*\s+)*(?:what|how|which|where|when|who)\b(?!\s+(?:if|about)\b|\s+do\s+(?:you|u)\s+think\s+(?:about|of)\b)[^?]*\?/;

/** "sorry" in a reply to a complaint about the replier owns the act: an apology. */
export const SORRY = /\bsorry\b/;

/** …unless it is sorry for what happened to them ("sorry to hear", "sorry that happened"). */
export const SORRY_FOR_THEM = /\bsorry (?:to hear|that happened)\b/;

/** On good news, a validation with these words celebrates: shared joy ("that's huge"). */
export const JOYFUL_VALIDATION =
  /\b(?:good|great|amazing|huge|big|wonderful|beautiful|lovely|special|massive|proud|happy|exciting|brilliant|incredible)\b/;
