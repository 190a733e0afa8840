import { EMPATHIC_APOLOGY_EXAMPLES, STEP_TEXTS } from "@attune/shared";
import { useState } from "react";
import { Button } from "../ui/button.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { TextForm } from "./text-form.tsx";
import { useAction } from "./use-repair.ts";

/** An empathic apology, with examples to start from, or a pass: both are okay. */
export function ApologyStep({ view, actor, act }: StepProps) {
  const { busy, error, run } = useAction(act);
  const [start, setStart] = useState<string | null>(null);
  const other = actor === "a" ? "b" : "a";
  const theirPart = view.state.ownPart[other];
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={{ ...STEP_TEXTS.apology, examples: [] }} headingId="rp-step" />
      {theirPart ? (
        <p className="rp-quote">
          <span className="rp-quote__who">{view.names[other]} named their part:</span> {theirPart}
        </p>
      ) : null}
      <details className="details">
        <summary>Apologies that speak to feelings, for inspiration</summary>
        <ul className="rp-examples">
          {EMPATHIC_APOLOGY_EXAMPLES.map((e) => (
            <li key={e}>
              {e}{" "}
              <Button variant="quiet" className="rp-use" aria-label={`Start from this: ${e}`} onClick={() => setStart(e)}>
                Start from this
              </Button>
            </li>
          ))}
        </ul>
      </details>
      <TextForm
        action="apologise"
        key={start ?? ""}
        initial={start ?? ""}
        label={view.mode === "together" ? `${view.names[actor]}'s apology, in your own words` : "My apology, in my own words"}
        submitLabel="Offer my apology"
        maxLength={2000}
        rows={3}
        busy={busy}
        error={error}
        onSend={(text) => void run({ type: "apologise", by: actor, text })}
      >
        <Button variant="quiet" onClick={() => void run({ type: "pass_apology", by: actor })}>
          Pass for now
        </Button>
      </TextForm>
    </section>
  );
}
