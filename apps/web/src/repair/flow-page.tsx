import { FINAL_STEPS } from "@attune/shared";
import "../loop/loop.css";
import { Link } from "../router.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import type { RepairView } from "./api.ts";
import { FlowControls } from "./controls.tsx";
import { CurrentStep } from "./current-step.tsx";
import "./repair.css";
import { NotStarted } from "./not-started.tsx";
import { StepProgress } from "./step-progress.tsx";
import { useRepair } from "./use-repair.ts";
import { useStepFocus } from "./use-step-focus.ts";

/** /repair/:id: one guided repair, step by step, on one screen or on each one's own. */
export function RepairFlowPage({ id }: { id: string }) {
  const { view, error, act, privateHelp } = useRepair(id);
  useStepFocus(view);
  if (view?.state.step === "not_started") return <NotStarted privateHelp={privateHelp} />;
  return (
    <Page title="Guided repair" lead={view ? leadOf(view) : undefined} narrow>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!view && !error ? <p className="loading">Opening your conversation…</p> : null}
      {error && !view ? (
        <p>
          <Link to="/repair">Back to guided repair</Link>
        </p>
      ) : null}
      {view ? <StepProgress view={view} /> : null}
      {view ? <CurrentStep view={view} act={act} /> : null}
      {view && !FINAL_STEPS.includes(view.state.step) ? <FlowControls view={view} act={act} /> : null}
    </Page>
  );
}

function leadOf(view: RepairView): string {
  const partner = view.names[view.me === "a" ? "b" : "a"];
  return view.mode === "together" ? `${view.names.a} and ${view.names.b}, together on one screen.` : `You and ${partner}, each on your own device.`;
}
