import {
  PRACTICE_CHECK,
  PRIVATE_HELP,
  raisesSafetyConcern,
  SAFETY_ANSWER_LABELS,
  SAFETY_ANSWERS,
  SAFETY_QUESTIONS,
  type SafetyAnswer,
  type SafetyQuestionId,
} from "@attune/shared";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { navigate } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { PrivateHelpPanel } from "./private-help.tsx";

type Answers = Partial<Record<SafetyQuestionId, SafetyAnswer>>;

/**
 * The private check before conflict work: the same questions as guided repair, answered
 * on this screen only. Nothing is sent or kept, so nothing can reach the partner; a
 * concern shows help instead of the practice, and "not now" goes back to the library.
 */
export function SafetyGate({ children }: { children: ReactNode }) {
  const id = useId();
  const [answers, setAnswers] = useState<Answers>({});
  const [outcome, setOutcome] = useState<"open" | "clear" | "concern">("open");
  const [error, setError] = useState<string | null>(null);
  if (outcome === "clear") return <>{children}</>;
  if (outcome === "concern") {
    return (
      <section className="stack" aria-labelledby={`${id}-help`}>
        <h2 id={`${id}-help`} tabIndex={-1}>
          {PRIVATE_HELP.title}
        </h2>
        <p>{PRACTICE_CHECK.concernIntro}</p>
        <PrivateHelpPanel />
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = SAFETY_QUESTIONS.find((q) => !answers[q.id]);
    if (missing) {
      setError(`Please answer each question. "I'm not sure" is a fine answer.`);
      document.getElementById(`${id}-${missing.id}-yes`)?.focus();
      return;
    }
    setOutcome(raisesSafetyConcern(answers as Record<SafetyQuestionId, SafetyAnswer>) ? "concern" : "clear");
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{PRACTICE_CHECK.title}</h2>
      <p>{PRACTICE_CHECK.intro}</p>
      {SAFETY_QUESTIONS.map((q) => (
        <fieldset key={q.id} className="rp-question">
          <legend>{q.text}</legend>
          <div className="rp-choices">
            {SAFETY_ANSWERS.map((a) => (
              <label key={a} className="rp-choice">
                <input
                  id={`${id}-${q.id}-${a}`}
                  type="radio"
                  name={`${id}-${q.id}`}
                  value={a}
                  checked={answers[q.id] === a}
                  onChange={() => {
                    setAnswers((x) => ({ ...x, [q.id]: a }));
                    setError(null);
                  }}
                />{" "}
                {SAFETY_ANSWER_LABELS[a]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <Button type="submit">{PRACTICE_CHECK.go}</Button>
        <Button variant="secondary" onClick={() => navigate("/library")}>
          {PRACTICE_CHECK.notNow}
        </Button>
      </div>
    </form>
  );
}
