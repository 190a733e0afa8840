import type { ReadinessAnswers } from "@attune/shared";
import { PhoneSections } from "../shell/phone-sections.tsx";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { StatementList } from "./statement-list.tsx";
import { ITEMS, PARTS, rangeOf } from "./test-parts.ts";
import { useTestForm } from "./use-test-form.ts";

export interface TestFormProps {
  answers: ReadinessAnswers;
  onAnswer(itemId: string, value: number): void;
  /** resolves when saved; a rejection's message is shown and every answer stays */
  onSubmit(answers: ReadinessAnswers): Promise<void>;
  onCancel(): void;
}

/** All 36 statements on one page (six at a time on a phone), with progress and the send. */
export function TestForm({ answers, onAnswer, onSubmit, onCancel }: TestFormProps) {
  const t = useTestForm(answers, onSubmit);
  const list = { answers, markMissing: t.tried, onAnswer };

  return (
    <form ref={t.form} className="rt-form" onSubmit={t.submit} noValidate aria-labelledby="rt-test-title">
      <h2 id="rt-test-title">How much is each statement like you?</h2>
      <p className="muted">Think of how you usually are with your partner lately, not how you'd like to be. There are no right answers.</p>
      <div className="rt-progress">
        <label htmlFor="rt-progress-bar">
          <strong>
            {t.answered} of {t.total}
          </strong>{" "}
          answered
        </label>
        <progress id="rt-progress-bar" max={t.total} value={t.answered} />
      </div>
      {t.narrow ? (
        <PhoneSections
          label="Parts of the test"
          selected={t.part}
          onSelect={t.setPart}
          sections={PARTS.map((p, n) => {
            const next = PARTS[n + 1];
            return {
              key: p.key,
              label: (
                <>
                  <span className="loop-sr-only">Statements </span>
                  {rangeOf(p)}
                </>
              ),
              content: (
                <>
                  <StatementList items={p.items} start={p.start} {...list} />
                  {next ? (
                    <Button variant="secondary" onClick={() => t.goTo(next.items[0]?.id ?? "")}>
                      Next: statements {rangeOf(next)}
                    </Button>
                  ) : null}
                </>
              ),
            };
          })}
        />
      ) : (
        <StatementList items={ITEMS} start={0} {...list} />
      )}
      {t.error ? <Notice tone="error">{t.error}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={t.busy} busyLabel="Working out your results…">
          See my results
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Not now
        </Button>
      </div>
    </form>
  );
}
