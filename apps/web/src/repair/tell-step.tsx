import { STEP_TEXTS, tellingSchema, type Emotions } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import { FeltGroup } from "./felt-group.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { useAction } from "./use-repair.ts";

const NOTHING_FELT: Emotions = { mad: 0, sad: 0, glad: 0, fear: 0 };

/** The teller's side: what happened, the four feelings with how strongly, what I needed. */
export function TellStep({ view, actor, act }: StepProps) {
  const step = view.state.step === "tell_a" ? "tell_a" : "tell_b";
  const { busy, error, run } = useAction(act);
  const form = useZodForm({ happened: "", felt: NOTHING_FELT, feelingWords: "", needed: "" }, tellingSchema, async (telling) => {
    await run({ type: "tell", by: actor, telling });
  });
  const listener = view.names[actor === "a" ? "b" : "a"];
  const mine = view.mode === "apart";
  const felt = form.values.felt;

  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS[step]} headingId="rp-step" examplesLabel="An example" />
      {!mine ? (
        <p className="rp-whose">
          {view.names[actor]}'s side. {listener}, listen for now: your turn to reflect comes next.
        </p>
      ) : null}
      <form className="stack" onSubmit={form.onSubmit} noValidate>
        <TextAreaField label="What happened, as you experienced it" {...form.bind("happened")} maxLength={2000} showCount rows={4} />
        <FeltGroup felt={felt} error={form.errors.felt} groupRef={form.register("felt")} onFelt={(e, v) => form.set("felt")({ ...felt, [e]: v })} />
        <Field
          label="Other words for the feeling (optional)"
          {...form.bind("feelingWords")}
          maxLength={300}
          hint='For example "embarrassed", "lonely", "left out".'
        />
        <TextAreaField label="What you needed in that moment (optional)" {...form.bind("needed")} maxLength={2000} rows={3} />
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Sharing…">
            Share my side
          </Button>
        </div>
      </form>
    </section>
  );
}
