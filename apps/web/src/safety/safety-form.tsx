import { repairActionSchemas, SAFETY_QUESTIONS, type SafetyAnswer, type SafetyQuestionId } from "@attune/shared";
import { useId, type FormHTMLAttributes, type ReactNode } from "react";
import { Notice } from "../ui/notice.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import { SafetyQuestions, type SafetyAnswers } from "./safety-questions.tsx";

/** The server's rule: every question answered (a partial check is not a check). */
const answersSchema = repairActionSchemas.answer_safety.shape.answers;
const UNANSWERED: SafetyAnswers = { afraid: "", hurt_or_threatened: "", controlled: "", cannot_say_no: "" };
const ANSWER_EACH = `Please answer each question. "I'm not sure" is a fine answer.`;

export interface SafetyFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "noValidate"> {
  /** the caller's refusal or failure */
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
  const answers = useZodForm(UNANSWERED, answersSchema, async (all) => onComplete(all));
  const unanswered = new Set(SAFETY_QUESTIONS.flatMap((q) => (answers.errors[q.id] ? [q.id] : [])));
  const shown = unanswered.size > 0 ? ANSWER_EACH : error;
  return (
    <form {...form} onSubmit={answers.onSubmit} noValidate>
      {children}
      <SafetyQuestions
        idPrefix={id}
        answers={answers.values}
        unanswered={unanswered}
        register={answers.register}
        onAnswer={(q, a) => {
          answers.set(q)(a);
          setError(null);
        }}
      />
      {shown ? <Notice tone="error">{shown}</Notice> : null}
      <div className="actions">{actions}</div>
    </form>
  );
}
