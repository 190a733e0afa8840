import { repairActionSchemas, STEP_TEXTS, type Person } from "@attune/shared";
import { z } from "zod";
import { Composer } from "../loop/coach/composer.tsx";
import type { StepProps } from "./step-props.ts";
import { Attempts } from "./attempts.tsx";
import { ConfirmHeard } from "./confirm-heard.tsx";
import { StepIntro } from "./step-intro.tsx";
import { TellingCard } from "./telling-card.tsx";
import { tellingText } from "./wording.ts";

/** The server's rule for a reflection's text, on the composer's draft. */
const reflection = z.object({ body: repairActionSchemas.reflect.shape.text });

const tellerOfStep = (step: string): Person => (step === "reflect_b" ? "a" : "b");

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
          schema={reflection}
          onSend={async (text) => act({ type: "reflect", by: listener, text })}
        />
      ) : null}
      {actor === teller && side.awaitingConfirmation ? <ConfirmHeard key={side.reflections.length} view={view} actor={actor} act={act} /> : null}
      {waiting ? (
        <p role="status" className="rp-waiting">
          {waiting}
        </p>
      ) : null}
    </section>
  );
}
