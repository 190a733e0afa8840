import { STEP_TEXTS } from "@attune/shared";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { TextForm } from "./text-form.tsx";
import { useAction } from "./use-repair.ts";

/** Each names their own part: ownership, not blame. */
export function OwnPartStep({ view, actor, act }: StepProps) {
  const { busy, error, run } = useAction(act);
  const other = actor === "a" ? "b" : "a";
  const theirs = view.state.ownPart[other];
  const whose = view.mode === "together" ? `${view.names[actor]}, my part was…` : "My part was…";
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS.own_part} headingId="rp-step" />
      {theirs !== null ? <p className="rp-done-note">{view.names[other]} has named their part.</p> : null}
      <TextForm
        action="own_part"
        label={whose}
        submitLabel="Share my part"
        maxLength={2000}
        rows={3}
        busy={busy}
        error={error}
        onSend={(text) => void run({ type: "own_part", by: actor, text })}
      />
    </section>
  );
}
