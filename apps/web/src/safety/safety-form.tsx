import type { SafetyAnswer, SafetyQuestionId } from "@attune/shared";
import { useId, useState, type FormEvent, type FormHTMLAttributes, type ReactNode } from "react";
import { Notice } from "../ui/notice.tsx";
import { allAnswered, SafetyQuestions, type SafetyAnswers } from "./safety-questions.tsx";

export interface SafetyFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "noValidate"> {
  error: string | null;
  setError(message: string | null): void;
  /** every question answered: what happens next is the caller's (send, or decide here) */
  onComplete(answers: Record<SafetyQuestionId, SafetyAnswer>): void;
  /** the buttons under the questions */
  actions: ReactNode;
  /** heading or intro above the questions */
  children?: ReactNode;
}

/**
 * The safety questions as a form, for guided repair and the practice check alike. The
 * answers live only in this component: nothing is kept once it is gone. A missing
 * answer says so and takes focus.
 */
export function SafetyForm({ error, setError, onComplete, actions, children, ...form }: SafetyFormProps) {
  const id = useId();
  const [answers, setAnswers] = useState<SafetyAnswers>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const all = allAnswered(answers, id, setError);
    if (all) onComplete(all);
  };
  return (
    <form {...form} onSubmit={submit} noValidate>
      {children}
      <SafetyQuestions
        idPrefix={id}
        answers={answers}
        onAnswer={(q, a) => {
          setAnswers((x) => ({ ...x, [q]: a }));
          setError(null);
        }}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">{actions}</div>
    </form>
  );
}
