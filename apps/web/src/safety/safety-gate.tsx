import { PRACTICE_CHECK, PRIVATE_HELP, raisesSafetyConcern } from "@attune/shared";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { navigate } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { PrivateHelpPanel } from "./private-help.tsx";
import { allAnswered, SafetyQuestions, type SafetyAnswers } from "./safety-questions.tsx";
import { Notice } from "../ui/notice.tsx";

type Answers = SafetyAnswers;

/**
 * The private check before conflict work: the same questions as guided repair, answered
 * on this screen only. Nothing is sent or kept, so nothing can reach the partner; a
 * concern shows help instead of the practice, and "not now" goes back to the library.
 */
export function SafetyGate({ children, notNowTo = "/library" }: { children: ReactNode; notNowTo?: string }) {
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
    const all = allAnswered(answers, id, setError);
    if (all) setOutcome(raisesSafetyConcern(all) ? "concern" : "clear");
  };
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{PRACTICE_CHECK.title}</h2>
      <p>{PRACTICE_CHECK.intro}</p>
      <SafetyQuestions
        idPrefix={id}
        answers={answers}
        onAnswer={(q, a) => {
          setAnswers((x) => ({ ...x, [q]: a }));
          setError(null);
        }}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button type="submit">{PRACTICE_CHECK.go}</Button>
        <Button variant="secondary" onClick={() => navigate(notNowTo)}>
          {PRACTICE_CHECK.notNow}
        </Button>
      </div>
    </form>
  );
}
