import { READINESS_SCALE, itemsInOrder, type ReadinessAnswers } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";

const ITEMS = itemsInOrder();

export interface TestFormProps {
  answers: ReadinessAnswers;
  onAnswer(itemId: string, value: number): void;
  /** resolves when saved; a rejection's message is shown and every answer stays */
  onSubmit(answers: ReadinessAnswers): Promise<void>;
  onCancel(): void;
}

/**
 * All 36 statements on one page, each a native radio group (Tab moves between
 * statements, arrow keys choose a point). Answers live in the parent, so a failed save
 * or stepping away and back never loses them.
 */
export function TestForm({ answers, onAnswer, onSubmit, onCancel }: TestFormProps) {
  const send = useMutation({ mutationFn: onSubmit });
  const [missingError, setMissingError] = useState<string | null>(null);
  const busy = send.isPending;
  const error = missingError ?? (send.error ? `${send.error instanceof Error ? send.error.message : "Something went wrong."} Your answers are all still here.` : null);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const answered = ITEMS.filter((item) => answers[item.id] !== undefined).length;
  const total = ITEMS.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = ITEMS.filter((item) => answers[item.id] === undefined);
    if (missing.length > 0) {
      setTried(true);
      send.reset();
      setMissingError(
        missing.length === 1
          ? "One statement still needs an answer. We've taken you to it."
          : `${missing.length} statements still need an answer. We've taken you to the first one.`,
      );
      form.current?.querySelector<HTMLInputElement>(`input[name="rt-${missing[0]?.id ?? ""}"]`)?.focus();
      return;
    }
    setMissingError(null);
    send.mutate(answers);
  };

  return (
    <form ref={form} className="rt-form" onSubmit={submit} noValidate aria-labelledby="rt-test-title">
      <h2 id="rt-test-title">How much is each statement like you?</h2>
      <p className="muted">Think of how you usually are with your partner lately, not how you'd like to be. There are no right answers.</p>
      <div className="rt-progress">
        <label htmlFor="rt-progress-bar">
          <strong>
            {answered} of {total}
          </strong>{" "}
          answered
        </label>
        <progress id="rt-progress-bar" max={total} value={answered} />
      </div>
      <ol className="rt-items">
        {ITEMS.map((item, i) => {
          const value = answers[item.id];
          const missing = tried && value === undefined;
          return (
            <li key={item.id} className={missing ? "rt-item rt-item--missing" : "rt-item"}>
              <fieldset className="scale rt-scale">
                <legend className="rt-item__text">
                  <span className="rt-item__number">{i + 1}.</span> {item.text}
                </legend>
                {missing ? <p className="rt-item__missing">Still to answer</p> : null}
                <div className="scale__options">
                  {READINESS_SCALE.map((point) => (
                    <label key={point.value} className="scale__option">
                      <input type="radio" name={`rt-${item.id}`} value={point.value} checked={value === point.value} onChange={() => onAnswer(item.id, point.value)} />
                      <span>
                        <span className="rt-point" aria-hidden="true">
                          {point.value}
                        </span>
                        {point.label}
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {error ? (
        <Notice tone="error">
          {error}
        </Notice>
      ) : null}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Working out your results…">
          See my results
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Not now
        </Button>
      </div>
    </form>
  );
}
