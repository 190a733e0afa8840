import { READINESS_SCALE, itemsInOrder, type ReadinessAnswers } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { PhoneSections } from "../shell/phone-sections.tsx";
import { useNarrow } from "../shell/use-narrow.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";

const ITEMS = itemsInOrder();
/** On a phone the statements come six at a time: 36 radio groups are a wall of several thousand pixels. */
const PART_SIZE = 6;
const PARTS = Array.from({ length: Math.ceil(ITEMS.length / PART_SIZE) }, (_, n) => ({
  key: `part-${n + 1}`,
  start: n * PART_SIZE,
  items: ITEMS.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
}));
const partOf = (itemId: string) => PARTS.find((p) => p.items.some((i) => i.id === itemId))?.key ?? PARTS[0]?.key ?? "";
const range = (p: (typeof PARTS)[number]) => `${p.start + 1}–${p.start + p.items.length}`;

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
  const error =
    missingError ?? (send.error ? `${send.error instanceof Error ? send.error.message : "Something went wrong."} Your answers are all still here.` : null);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const answered = ITEMS.filter((item) => answers[item.id] !== undefined).length;
  const total = ITEMS.length;
  const narrow = useNarrow();
  const [part, setPart] = useState(PARTS[0]?.key ?? "");
  const focusFirstOf = (itemId: string) => form.current?.querySelector<HTMLInputElement>(`input[name="rt-${itemId}"]`)?.focus();
  /** Shows a part (on a phone) and then focuses a statement in it. */
  const goTo = (itemId: string) => {
    if (narrow) flushSync(() => setPart(partOf(itemId)));
    focusFirstOf(itemId);
  };

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
      goTo(missing[0]?.id ?? "");
      return;
    }
    setMissingError(null);
    send.mutate(answers);
  };

  const list = (items: typeof ITEMS, start: number) => (
    <ol className="rt-items" start={start + 1}>
      {items.map((item, n) => {
        const i = start + n;
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
                    <input
                      type="radio"
                      name={`rt-${item.id}`}
                      value={point.value}
                      checked={value === point.value}
                      onChange={() => onAnswer(item.id, point.value)}
                    />
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
  );

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
      {narrow ? (
        <PhoneSections
          label="Parts of the test"
          selected={part}
          onSelect={setPart}
          sections={PARTS.map((p, n) => {
            const next = PARTS[n + 1];
            return {
              key: p.key,
              label: (
                <>
                  <span className="loop-sr-only">Statements </span>
                  {range(p)}
                </>
              ),
              content: (
                <>
                  {list(p.items, p.start)}
                  {next ? (
                    <Button variant="secondary" onClick={() => goTo(next.items[0]?.id ?? "")}>
                      Next: statements {range(next)}
                    </Button>
                  ) : null}
                </>
              ),
            };
          })}
        />
      ) : (
        list(ITEMS, 0)
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
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
