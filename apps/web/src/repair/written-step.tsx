import { EMPATHIC_APOLOGY_EXAMPLES, STEP_TEXTS } from "@attune/shared";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "../ui/button.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { useAction } from "./use-repair.ts";
import { Notice } from "../ui/notice.tsx";

/** A short text form for one person: their own part, or their apology. */
function TextForm({
  label,
  submitLabel,
  initial = "",
  onSend,
  busy,
  error,
  children,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSend(text: string): void;
  busy: boolean;
  error: string | null;
  children?: ReactNode;
}) {
  const [text, setText] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") {
      setEmpty(true);
      ref.current?.focus();
      return;
    }
    onSend(text);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextAreaField
        label={label}
        value={text}
        onValue={(v) => {
          setText(v);
          setEmpty(false);
        }}
        error={empty ? "Write a few words first." : undefined}
        inputRef={ref}
        maxLength={2000}
        rows={3}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {children}
      </div>
    </form>
  );
}

const whose = (view: StepProps["view"], actor: StepProps["actor"]) => (view.mode === "together" ? `${view.names[actor]}, ` : "");

/** Each names their own part: ownership, not blame. */
export function OwnPartStep({ view, actor, act }: StepProps) {
  const { busy, error, run } = useAction(act);
  const other = actor === "a" ? "b" : "a";
  const theirs = view.state.ownPart[other];
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS.own_part} headingId="rp-step" />
      {theirs !== null ? <p className="rp-done-note">{view.names[other]} has named their part.</p> : null}
      <TextForm
        label={`${whose(view, actor)}my part was…`.replace(/^m/, "M")}
        submitLabel="Share my part"
        busy={busy}
        error={error}
        onSend={(text) => void run({ type: "own_part", by: actor, text })}
      />
    </section>
  );
}

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
        key={start ?? ""}
        initial={start ?? ""}
        label={view.mode === "together" ? `${view.names[actor]}'s apology, in your own words` : "My apology, in my own words"}
        submitLabel="Offer my apology"
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
