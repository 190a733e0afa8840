import { SAFETY_ANSWER_LABELS, SAFETY_ANSWERS, SAFETY_QUESTIONS, type SafetyAnswer, type SafetyQuestionId } from "@attune/shared";

export type SafetyAnswers = Partial<Record<SafetyQuestionId, SafetyAnswer>>;

/**
 * The four private safety questions as radio groups, the same wherever a check is asked
 * (guided repair, conflict practices). `idPrefix` makes each radio findable, so a missing
 * answer can take focus.
 */
export function SafetyQuestions({
  idPrefix,
  answers,
  onAnswer,
}: {
  idPrefix: string;
  answers: SafetyAnswers;
  onAnswer(question: SafetyQuestionId, answer: SafetyAnswer): void;
}) {
  return (
    <>
      {SAFETY_QUESTIONS.map((q) => (
        <fieldset key={q.id} className="rp-question">
          <legend>{q.text}</legend>
          <div className="rp-choices">
            {SAFETY_ANSWERS.map((a) => (
              <label key={a} className="rp-choice">
                <input
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
        </fieldset>
      ))}
    </>
  );
}

/**
 * All four answers, or null after saying that one is missing and moving focus to its
 * first radio (answers are sent only whole: a partial check is not a check).
 */
export function allAnswered(answers: SafetyAnswers, idPrefix: string, onMissing: (message: string) => void): Record<SafetyQuestionId, SafetyAnswer> | null {
  const missing = SAFETY_QUESTIONS.find((q) => !answers[q.id]);
  if (!missing) return answers as Record<SafetyQuestionId, SafetyAnswer>;
  onMissing(`Please answer each question. "I'm not sure" is a fine answer.`);
  document.getElementById(`${idPrefix}-${missing.id}-yes`)?.focus();
  return null;
}
