import { FINAL_STEPS } from "@attune/shared";
import { AgreeStep } from "./agree-step.tsx";
import { AgreementStep } from "./agreement-step.tsx";
import { ApologyStep } from "./apology-step.tsx";
import type { RepairView } from "./api.ts";
import { PausedCard } from "./controls.tsx";
import { Finished } from "./finished.tsx";
import { OwnPartStep } from "./own-part-step.tsx";
import { ReflectStep } from "./reflect-step.tsx";
import { SafetyCheck } from "./safety-check.tsx";
import { TellStep } from "./tell-step.tsx";
import type { RepairStore } from "./use-repair.ts";
import { actorOf, waitingLine } from "./wording.ts";

/** The step as this screen shows it: the form of whoever acts now, or a calm wait. */
export function CurrentStep({ view, act }: { view: RepairView; act: RepairStore["act"] }) {
  const s = view.state;
  if (FINAL_STEPS.includes(s.step)) return <Finished view={view} />;
  if (s.paused) return <PausedCard view={view} act={act} />;
  const actor = actorOf(view);
  if (s.step === "reflect_a" || s.step === "reflect_b")
    return <ReflectStep view={view} actor={actor} act={act} {...(actor ? {} : { waiting: waitingLine(view) })} />;
  if (!actor) return <WaitingCard view={view} />;
  const props = { view, actor, act };
  switch (s.step) {
    case "safety_check":
      return <SafetyCheck key={`safety-${actor}`} {...props} />;
    case "pause_and_agree":
      return <AgreeStep key={`agree-${actor}`} {...props} />;
    case "tell_a":
    case "tell_b":
      return <TellStep key={s.step} {...props} />;
    case "own_part":
      return <OwnPartStep key={`own-${actor}`} {...props} />;
    case "apology":
      return <ApologyStep key={`apology-${actor}`} {...props} />;
    case "agreement":
      return <AgreementStep view={view} act={act} />;
    default:
      return null;
  }
}

/** The other person's turn, on my own device. */
function WaitingCard({ view }: { view: RepairView }) {
  return (
    <section className="card stack rp-wait" aria-labelledby="rp-step">
      <h2 id="rp-step" tabIndex={-1}>
        A moment
      </h2>
      <p role="status" className="rp-waiting">
        {waitingLine(view)}
      </p>
      <p className="muted">This page updates on its own. You can also pause and come back later.</p>
    </section>
  );
}
