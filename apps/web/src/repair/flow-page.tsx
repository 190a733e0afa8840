import { FINAL_STEPS } from "@attune/shared";
import { useEffect } from "react";
import "../loop/loop.css";
import { Link } from "../router.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { AgreeStep } from "./agree-step.tsx";
import { AgreementStep } from "./agreement-step.tsx";
import { ApologyStep } from "./apology-step.tsx";
import type { RepairView } from "./api.ts";
import { FlowControls, PausedCard } from "./controls.tsx";
import { Finished } from "./finished.tsx";
import { ReflectStep } from "./reflect-step.tsx";
import "./repair.css";
import { SafetyCheck } from "./safety-check.tsx";
import { NotStarted } from "./not-started.tsx";
import { OwnPartStep } from "./own-part-step.tsx";
import { TellStep } from "./tell-step.tsx";
import { useRepair, type RepairStore } from "./use-repair.ts";
import { actorOf, progressOf, waitingLine } from "./wording.ts";

/** /repair/:id: one guided repair, step by step, on one screen or on each one's own. */
export function RepairFlowPage({ id }: { id: string }) {
  const { view, error, act, privateHelp } = useRepair(id);
  const s = view?.state;
  const turn = s ? [s.step, view && actorOf(view), s.paused?.by, s.sides.a.awaitingConfirmation, s.sides.b.awaitingConfirmation].join("|") : "";
  useEffect(() => {
    // A new step replaces the form that had focus; so focus is not lost to the top of the
    // page, the new step's heading takes it. Focus someone placed elsewhere stays put.
    const active = document.activeElement;
    if (turn && (!active || active === document.body)) document.getElementById("rp-step")?.focus();
  }, [turn]);
  if (view?.state.step === "not_started") return <NotStarted privateHelp={privateHelp} />;
  const progress = view ? progressOf(view) : null;
  return (
    <Page title="Guided repair" lead={view ? leadOf(view) : undefined} narrow>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!view && !error ? <p className="loading">Opening your conversation…</p> : null}
      {error && !view ? (
        <p>
          <Link to="/repair">Back to guided repair</Link>
        </p>
      ) : null}
      {progress ? (
        <p className="rp-progress">
          <span>
            Step {progress.index} of {progress.total}: {progress.label}
          </span>
          <span className="rp-progress__bar" aria-hidden="true">
            <span style={{ width: `${(progress.index / progress.total) * 100}%` }} />
          </span>
        </p>
      ) : null}
      {view ? <Current view={view} act={act} /> : null}
      {view && !FINAL_STEPS.includes(view.state.step) ? <FlowControls view={view} act={act} /> : null}
    </Page>
  );
}

function leadOf(view: RepairView): string {
  const partner = view.names[view.me === "a" ? "b" : "a"];
  return view.mode === "together" ? `${view.names.a} and ${view.names.b}, together on one screen.` : `You and ${partner}, each on your own device.`;
}

function Current({ view, act }: { view: RepairView; act: RepairStore["act"] }) {
  const s = view.state;
  if (FINAL_STEPS.includes(s.step)) return <Finished view={view} />;
  if (s.paused) return <PausedCard view={view} act={act} />;
  const actor = actorOf(view);
  if (s.step === "reflect_a" || s.step === "reflect_b")
    return <ReflectStep view={view} actor={actor} act={act} {...(actor ? {} : { waiting: waitingLine(view) })} />;
  if (!actor) {
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
