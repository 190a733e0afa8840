import { SAFETY_ANSWER_LABELS, SAFETY_ANSWERS, SAFETY_QUESTIONS, type SafetyAnswer, type SafetyQuestionId } from "@attune/shared";
import { FieldError } from "../ui/field-messages.tsx";

/** The answers so far ("" for a question not answered yet). */
export type SafetyAnswers = Record<SafetyQuestionId, string>;

/**
 * The four private safety questions as radio groups, the same wherever a check is asked
 * (guided repair, conflict practices). A question left unanswered says so beside it, and
 * its first radio is what takes focus.
 */
export function SafetyQuestions({
  idPrefix,
  answers,
  unanswered,
  register,
  onAnswer,
}: {
  idPrefix: string;
  answers: SafetyAnswers;
  /** questions a send found without an answer */
  unanswered: ReadonlySet<SafetyQuestionId>;
  register(question: SafetyQuestionId): (element: HTMLElement | null) => void;
  onAnswer(question: SafetyQuestionId, answer: SafetyAnswer): void;
}) {
  return (
    <>
      {SAFETY_QUESTIONS.map((q) => {
        const missing = unanswered.has(q.id);
        return (
          <fieldset key={q.id} className="rp-question" aria-describedby={missing ? `${idPrefix}-${q.id}-error` : undefined}>
            <legend>{q.text}</legend>
            <div className="rp-choices">
              {SAFETY_ANSWERS.map((a, i) => (
                <label key={a} className="rp-choice">
                  <input
                    ref={i === 0 ? register(q.id) : undefined}
                    id={`${idPrefix}-${q.id}-${a}`}
                    type="radio"
                    name={`${idPrefix}-${q.id}`}
                    value={a}
                    checked={answers[q.id] === a}
                    onChange={() => onAnswer(q.id, a)}
                  />{" "}
                  {SAFETY_ANSWER_LABELS[a]}
                </label>
              ))}
            </div>
            {missing ? <FieldError id={`${idPrefix}-${q.id}-error`}>Not answered yet.</FieldError> : null}
          </fieldset>
        );
      })}
    </>
  );
}
