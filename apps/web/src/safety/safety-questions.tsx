import { SAFETY_ANSWER_LABELS, SAFETY_ANSWERS, SAFETY_QUESTIONS, type SafetyAnswer, type SafetyQuestionId } from "@attune/shared";

export type SafetyAnswers = Partial<Record<SafetyQuestionId, SafetyAnswer>>;

/**
 * The four private safety questions as radio groups, the same wherever a check is asked
 * (guided repair, conflict practices). `idPrefix` makes each radio findable, so a missing
 * answer can take focus.
 */
export function SafetyQuestions({ idPrefix, answers, onAnswer }: { idPrefix: string; answers: SafetyAnswers; onAnswer(question: SafetyQuestionId, answer: SafetyAnswer): void }) {
  return (
    <>
      {SAFETY_QUESTIONS.map((q) => (
        <fieldset key={q.id} className="rp-question">
          <legend>{q.text}</legend>
          <div className="rp-choices">
            {SAFETY_ANSWERS.map((a) => (
              <label key={a} className="rp-choice">
                <input id={`${idPrefix}-${q.id}-${a}`} type="radio" name={`${idPrefix}-${q.id}`} value={a} checked={answers[q.id] === a} onChange={() => onAnswer(q.id, a)} />{" "}
                {SAFETY_ANSWER_LABELS[a]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/** The first question left unanswered, if any. */
export const firstUnanswered = (answers: SafetyAnswers): SafetyQuestionId | undefined => SAFETY_QUESTIONS.find((q) => !answers[q.id])?.id;
