import { useEffect } from "react";
import type { RepairView } from "./api.ts";
import { actorOf } from "./wording.ts";

/**
 * A new step replaces the form that had focus; so focus is not lost to the top of the
 * page, the new step's heading (`#rp-step`) takes it. Focus someone placed elsewhere stays put.
 */
export function useStepFocus(view: RepairView | null): void {
  const s = view?.state;
  const turn = s ? [s.step, view && actorOf(view), s.paused?.by, s.sides.a.awaitingConfirmation, s.sides.b.awaitingConfirmation].join("|") : "";
  useEffect(() => {
    const active = document.activeElement;
    if (turn && (!active || active === document.body)) document.getElementById("rp-step")?.focus();
  }, [turn]);
}
