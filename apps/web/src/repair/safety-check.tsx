import { SAFETY_INTRO } from "@attune/shared";
import { useState } from "react";
import { SafetyForm } from "../safety/safety-form.tsx";
import { Button } from "../ui/button.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { useAction } from "./use-repair.ts";

/**
 * The safety check, answered by each person privately. On one screen, the device is
 * handed over first ("I'm Ben, I'm ready"), and the answers vanish once sent: the form
 * is remounted per person, and nothing is kept.
 */
export function SafetyCheck({ view, actor, act }: StepProps) {
  const name = view.names[actor];
  const other = view.names[actor === "a" ? "b" : "a"];
  const [ready, setReady] = useState(view.mode === "apart");
  const firstDone = view.state.safety.a || view.state.safety.b;
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={SAFETY_INTRO} headingId="rp-step" />
      {ready ? (
        <PersonSafetyForm act={act} actor={actor} who={view.mode === "together" ? name : null} />
      ) : (
        <div className="stack rp-handover">
          <p className="rp-handover__lead">
            {firstDone ? `Thank you. Now please hand the device to ${name}.` : `${name} answers first.`} {other}, please give them a moment of privacy.
          </p>
          <div className="actions">
            <Button onClick={() => setReady(true)}>I'm {name}, I'm ready</Button>
          </div>
        </div>
      )}
    </section>
  );
}

/** One person's answers; on one screen the form is remounted per person, so nothing stays. */
function PersonSafetyForm({ act, actor, who }: Pick<StepProps, "act" | "actor"> & { who: string | null }) {
  const { busy, error, setError, run } = useAction(act);
  return (
    <>
      <SafetyForm
        className="stack"
        aria-label={who ? `Safety questions for ${who}` : "Your safety questions"}
        error={error}
        setError={setError}
        onComplete={(answers) => void run({ type: "answer_safety", by: actor, answers })}
        actions={
          <>
            <Button type="submit" busy={busy} busyLabel="Sending…">
              Send my answers
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => void run({ type: "not_now", by: actor })}>
              Not now
            </Button>
          </>
        }
      >
        {who ? <p className="rp-whose">{who}'s answers</p> : null}
      </SafetyForm>
      <p className="muted">&ldquo;Not now&rdquo; needs no reason. Your partner sees the same thing either way.</p>
    </>
  );
}
