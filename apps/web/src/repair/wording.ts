import { CORE_EMOTIONS, INTENSITY_LABELS, type CoreEmotionName, type Person, type RepairActionType, type RepairStep, type Telling } from "@attune/shared";
import type { RepairView } from "./api.ts";

/** How the repair screens put the state into words. Pure, so it is easy to test. */

export const EMOTION_WORDS: Record<CoreEmotionName, string> = { mad: "mad", sad: "sad", glad: "glad", fear: "afraid" };

const FLOW_ACTIONS: readonly RepairActionType[] = ["pause", "resume", "end"];

/** The step's own actions a person may take now (not pause, resume or end). */
export function stepActionsOf(view: RepairView, p: Person): string[] {
  return (view.expected.find((e) => e.by === p)?.types ?? []).filter((t) => !(FLOW_ACTIONS as readonly string[]).includes(t));
}

/**
 * Who acts on this screen now. On separate devices only I can; on one screen whoever
 * has something to do, "a" before "b" when both do (so the device passes once).
 */
export function actorOf(view: RepairView): Person | null {
  const candidates: readonly Person[] = view.mode === "apart" ? [view.me] : ["a", "b"];
  return candidates.find((p) => stepActionsOf(view, p).length > 0) ?? null;
}

export const otherOf = (p: Person): Person => (p === "a" ? "b" : "a");

/** "mad (a little), afraid (strongly)". */
export function feltWords(felt: Telling["felt"]): string {
  return CORE_EMOTIONS.filter((e) => felt[e] > 0)
    .map((e) => `${EMOTION_WORDS[e]} (${INTENSITY_LABELS[felt[e]] ?? ""})`)
    .join(", ");
}

/** A telling as one text: what the coach reads the reflection against. */
export function tellingText(t: Telling): string {
  const felt = feltWords(t.felt);
  return [t.happened, felt && `I felt ${felt}.`, t.feelingWords && `In my own words: ${t.feelingWords}.`, t.needed && `What I needed: ${t.needed}`]
    .filter(Boolean)
    .join("\n");
}

const ORDER: readonly RepairStep[] = ["safety_check", "pause_and_agree", "tell_a", "reflect_b", "tell_b", "reflect_a", "own_part", "apology", "agreement"];

/** "Step 3 of 9: Ana tells their side", or null once the flow has finished. */
export function progressOf(view: RepairView): { index: number; total: number; label: string } | null {
  const { a, b } = view.names;
  const labels: Partial<Record<RepairStep, string>> = {
    safety_check: "A quick safety check",
    pause_and_agree: "Pause and agree to talk",
    tell_a: `${a} tells their side`,
    reflect_b: `${b} reflects back`,
    tell_b: `${b} tells their side`,
    reflect_a: `${a} reflects back`,
    own_part: "Each names their own part",
    apology: "An apology, where it fits",
    agreement: "One small agreement",
  };
  const index = ORDER.indexOf(view.state.step);
  if (index < 0) return null;
  return { index: index + 1, total: ORDER.length, label: labels[view.state.step] ?? "" };
}

/** The calm line shown while I wait on my partner (separate devices). */
export function waitingLine(view: RepairView): string {
  const partner = view.names[otherOf(view.me)];
  const s = view.state;
  switch (s.step) {
    case "safety_check":
      return `Thank you for answering. Waiting for ${partner} to answer their questions.`;
    case "pause_and_agree":
      return `You're ready to talk. Waiting for ${partner} to be ready too.`;
    case "tell_a":
    case "tell_b":
      return `${partner} is writing their side. Take a slow breath; you'll read it here when they're done.`;
    case "reflect_b":
    case "reflect_a": {
      const teller: Person = s.step === "reflect_b" ? "a" : "b";
      return teller === view.me
        ? `${partner} is reading what you shared and putting it into their own words.`
        : `You've said it back. Waiting for ${partner} to say whether that's it.`;
    }
    case "own_part":
      return `Thank you for naming your part. Waiting for ${partner}.`;
    case "apology":
      return `Thank you. Waiting for ${partner}.`;
    default:
      return `Waiting for ${partner}.`;
  }
}
