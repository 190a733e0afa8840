import { STEP_TEXTS, type Person, type Side } from "@attune/shared";
import { useState } from "react";
import { Composer } from "../loop/coach/composer.tsx";
import { Button } from "../ui/button.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { TellingCard } from "./telling-card.tsx";
import { useAction } from "./use-repair.ts";
import { tellingText } from "./wording.ts";
import { Notice } from "../ui/notice.tsx";

export const tellerOfStep = (step: string): Person => (step === "reflect_b" ? "a" : "b");

/** The reflections so far, each with the teller's "not quite" note when there was one. */
export function Attempts({ side, listener, teller }: { side: Side; listener: string; teller: string }) {
  if (side.reflections.length === 0) return null;
  return (
    <ol className="rp-attempts" aria-label="Reflections so far">
      {side.reflections.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: reflections are only ever appended, and the same words may come twice.
        <li key={i}>
          <p>
            <span className="rp-attempts__who">{listener}:</span> {r}
          </p>
          {i < side.clarifications.length ? (
            <p className="rp-attempts__clarify">
              <span className="rp-attempts__who">{teller}, not quite:</span> {side.clarifications[i] || "(no words added)"}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * Reflecting back. The listener writes with the coach at their side (the same composer
 * as replies; the telling is the share it reads against). The teller then says
 * "Yes, that's it" or "Not quite", which loops back.
 */
export function ReflectStep({ view, actor, act, waiting }: Omit<StepProps, "actor"> & { actor: Person | null; waiting?: string }) {
  const step = view.state.step === "reflect_b" ? "reflect_b" : "reflect_a";
  const teller = tellerOfStep(step);
  const listener = teller === "a" ? "b" : "a";
  const side = view.state.sides[teller];
  const telling = side.telling;
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS[step]} headingId="rp-step" />
      {telling ? <TellingCard name={view.names[teller]} telling={telling} /> : null}
      <Attempts side={side} listener={view.names[listener]} teller={view.names[teller]} />
      {actor === listener && telling ? (
        <Composer
          key={side.reflections.length}
          share={tellingText(telling)}
          partnerName={view.names[teller]}
          label={view.mode === "together" ? `${view.names[listener]}, say back what you heard` : "Say back what you heard"}
          onSend={async (text) => act({ type: "reflect", by: listener, text })}
        />
      ) : null}
      {actor === teller && side.awaitingConfirmation ? <Confirm key={side.reflections.length} view={view} actor={actor} act={act} /> : null}
      {waiting ? (
        <p role="status" className="rp-waiting">
          {waiting}
        </p>
      ) : null}
    </section>
  );
}

function Confirm({ view, actor, act }: StepProps) {
  const { busy, error, run } = useAction(act);
  const [open, setOpen] = useState(false);
  const [clarification, setClarification] = useState("");
  const listener = view.names[actor === "a" ? "b" : "a"];
  const who = view.mode === "together" ? `${view.names[actor]}, did` : "Did";
  return (
    <div className="stack rp-confirm">
      <h3>
        {who} {listener} get it?
      </h3>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {open ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void run({ type: "not_quite", by: actor, clarification });
          }}
        >
          <TextAreaField
            label="What would you add or put differently? (optional)"
            value={clarification}
            onValue={setClarification}
            maxLength={2000}
            rows={3}
            hint="Gently, in a sentence or two. They'll try again."
          />
          <div className="actions">
            <Button type="submit" busy={busy}>
              Send and let them try again
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Back
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Button busy={busy} onClick={() => void run({ type: "confirm_heard", by: actor })}>
            Yes, that's it
          </Button>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Not quite
          </Button>
        </div>
      )}
    </div>
  );
}
