import { dailyQuestionView, type DailyQuestionView } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { asFailure, call } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { Notice } from "../ui/notice.tsx";
import { QuestionSettings } from "./question-settings-panel.tsx";

// What fits today: swap the question, let it pass, and tell Attune which sets fit the
// two of you and whether it's a rough patch. Kept apart from the daily page on purpose.

export function TodaysChoices({
  state,
  partnerName,
  onChange,
}: {
  state: DailyQuestionView;
  partnerName: string;
  onChange: (next: DailyQuestionView) => void;
}) {
  const queryClient = useQueryClient();
  const changed = (next: DailyQuestionView) => {
    onChange(next);
    // Anything else showing today's question (the Today screen) asks again.
    void queryClient.invalidateQueries({ queryKey: keys.today });
  };
  const swap = useMutation({
    mutationFn: () => call("POST", "/api/daily-question/swap", dailyQuestionView, { day: state.day }),
    onSuccess: changed,
  });
  const skip = useMutation({
    mutationFn: (on: boolean) => call("POST", "/api/daily-question/skip", dailyQuestionView, { day: state.day, skip: on }),
    onSuccess: changed,
  });
  const error = swap.error ?? skip.error;
  const answeredByMe = Boolean(state.myAnswer);
  return (
    <div className="daily-choices stack">
      {state.question.note ? <p className="daily-choices__note">Content note: {state.question.note}</p> : null}
      {state.question.care === "if-you-like" ? <p className="daily-choices__note">Only if you'd like to. Letting this one pass is always fine.</p> : null}
      {state.partnerSkipped ? <p>{partnerName} is letting today's question pass. You can still answer for yourself.</p> : null}
      {state.linked && !answeredByMe ? (
        <div className="daily-choices__buttons">
          {state.swapsLeft > 0 && !state.partnerAnswered ? (
            <button type="button" className="button button--secondary" disabled={swap.isPending} onClick={() => swap.mutate()}>
              Another question
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={skip.isPending}
            aria-pressed={state.skipped}
            onClick={() => skip.mutate(!state.skipped)}
          >
            {state.skipped ? "Answer after all" : "Let this one pass"}
          </button>
        </div>
      ) : null}
      <p role="status" className="loop-sr-only">
        {state.skipped ? "You're letting today's question pass." : ""}
      </p>
      {state.skipped ? <p>You're letting today's question pass. That's fine: see you tomorrow.</p> : null}
      {error ? <Notice tone="error">{asFailure(error).message}</Notice> : null}
      <QuestionSettings />
    </div>
  );
}
