import { dailyQuestionView, questionSettingsView, type Assumption, type DailyQuestionView, type QuestionSettingsView } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { asFailure, call } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { useSavedChoice } from "../data/use-saved-choice.ts";
import { Notice } from "../ui/notice.tsx";
import { questionSettingsKey, useQuestionSettings } from "./question-settings.ts";

// What fits today: swap the question, let it pass, and tell Attune which sets fit the
// two of you and whether it's a rough patch. Kept apart from the daily page on purpose.

const SET_LABELS: Record<Assumption, string> = {
  "living-together": "We live together",
  marriage: "We're married or in a civil partnership",
  intimacy: "Physical intimacy and desire",
  money: "Money",
  parenting: "Parenting",
  household: "Sharing the work of a home",
  "long-distance": "Living apart or long distance",
  "grief-and-illness": "Grief and illness (tender questions, with a note)",
};

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

function QuestionSettings() {
  const queryClient = useQueryClient();
  const settings = useQuestionSettings();
  const save = useSavedChoice<Pick<QuestionSettingsView, "sets" | "roughPatch">, QuestionSettingsView>({
    saved: settings.data,
    save: (next) => call("PUT", "/api/daily-question/settings", questionSettingsView, next),
    onSaved: (next) => queryClient.setQueryData(questionSettingsKey, next),
  });
  const saved = settings.data;
  const current = saved && save.value ? { ...saved, ...save.value } : saved;
  const toggle = (tag: Assumption, on: boolean) => {
    if (!current) return;
    save.choose({ sets: on ? [...current.sets, tag] : current.sets.filter((t) => t !== tag), roughPatch: current.roughPatch });
  };
  return (
    <details className="details daily-choices__settings">
      <summary>What fits us</summary>
      {settings.error ? <Notice tone="error">{asFailure(settings.error).message}</Notice> : null}
      {current ? (
        <div className="stack">
          <label className="daily-choices__check">
            <input
              type="checkbox"
              checked={current.roughPatch}
              disabled={save.pending}
              onChange={(e) => save.choose({ sets: current.sets, roughPatch: e.target.checked })}
            />
            We're going through a rough patch: gentler questions for now
          </label>
          <fieldset>
            <legend>Questions about our life. A set starts once you've both chosen it.</legend>
            {(Object.keys(SET_LABELS) as Assumption[]).map((tag) => (
              <label key={tag} className="daily-choices__check">
                <input type="checkbox" checked={current.sets.includes(tag)} disabled={save.pending} onChange={(e) => toggle(tag, e.target.checked)} />
                {SET_LABELS[tag]}
                {current.active.includes(tag) ? <span className="daily-choices__on"> (on for you both)</span> : null}
              </label>
            ))}
          </fieldset>
          {save.error ? <Notice tone="error">{asFailure(save.error).message}</Notice> : null}
        </div>
      ) : null}
    </details>
  );
}
