import { STEP_TEXTS } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { useAction } from "./use-repair.ts";
import { Notice } from "../ui/notice.tsx";

/** Pause and agree to talk: each says they are calm enough to listen. */
export function AgreeStep({ view, actor, act }: StepProps) {
  const { busy, error, run } = useAction(act);
  const together = view.mode === "together";
  const other = actor === "a" ? "b" : "a";
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS.pause_and_agree} headingId="rp-step" />
      {view.state.agreedToTalk[other] ? <p className="rp-done-note">{view.names[other]} is ready to talk.</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button busy={busy} onClick={() => void run({ type: "agree_to_talk", by: actor })}>
          {together ? `${view.names[actor]}: I'm ready to talk` : "I'm ready to talk"}
        </Button>
      </div>
    </section>
  );
}
