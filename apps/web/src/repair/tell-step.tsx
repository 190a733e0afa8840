import { STEP_TEXTS, tellingSchema, type Emotions } from "@attune/shared";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { FeltGroup } from "./felt-group.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { useAction } from "./use-repair.ts";
import { Notice } from "../ui/notice.tsx";

type Errors = Partial<Record<"happened" | "felt" | "needed" | "feelingWords", string>>;

/** The teller's side: what happened, the four feelings with how strongly, what I needed. */
export function TellStep({ view, actor, act }: StepProps) {
  const step = view.state.step === "tell_a" ? "tell_a" : "tell_b";
  const [happened, setHappened] = useState("");
  const [felt, setFelt] = useState<Emotions>({ mad: 0, sad: 0, glad: 0, fear: 0 });
  const [feelingWords, setFeelingWords] = useState("");
  const [needed, setNeeded] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const happenedRef = useRef<HTMLTextAreaElement>(null);
  const feltRef = useRef<HTMLDivElement>(null);
  const { busy, error, run } = useAction(act);
  const listener = view.names[actor === "a" ? "b" : "a"];
  const mine = view.mode === "apart";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = tellingSchema.safeParse({ happened, felt, feelingWords, needed });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "") as keyof Errors;
        found[key] ??= issue.message;
      }
      setErrors(found);
      if (found.happened) happenedRef.current?.focus();
      else if (found.felt) feltRef.current?.focus();
      return;
    }
    void run({ type: "tell", by: actor, telling: parsed.data });
  };

  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS[step]} headingId="rp-step" examplesLabel="An example" />
      {!mine ? (
        <p className="rp-whose">
          {view.names[actor]}'s side. {listener}, listen for now: your turn to reflect comes next.
        </p>
      ) : null}
      <form className="stack" onSubmit={submit} noValidate>
        <TextAreaField
          label="What happened, as you experienced it"
          value={happened}
          onValue={(v) => {
            setHappened(v);
            setErrors((e) => ({ ...e, happened: undefined }));
          }}
          error={errors.happened}
          inputRef={happenedRef}
          maxLength={2000}
          showCount
          rows={4}
        />
        <FeltGroup
          felt={felt}
          error={errors.felt}
          groupRef={feltRef}
          onFelt={(e, v) => {
            setFelt((f) => ({ ...f, [e]: v }));
            setErrors((x) => ({ ...x, felt: undefined }));
          }}
        />
        <Field
          label="Other words for the feeling (optional)"
          value={feelingWords}
          onValue={setFeelingWords}
          error={errors.feelingWords}
          maxLength={300}
          hint='For example "embarrassed", "lonely", "left out".'
        />
        <TextAreaField label="What you needed in that moment (optional)" value={needed} onValue={setNeeded} error={errors.needed} maxLength={2000} rows={3} />
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
