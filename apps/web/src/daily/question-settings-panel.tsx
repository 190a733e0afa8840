import { questionSettingsView, type Assumption, type QuestionSettingsView } from "@attune/shared";
import { useQueryClient } from "@tanstack/react-query";
import { asFailure, call } from "../api/client.ts";
import { useSavedChoice } from "../data/use-saved-choice.ts";
import { Notice } from "../ui/notice.tsx";
import { questionSettingsKey, useQuestionSettings } from "./question-settings.ts";
import { LoadError } from "../ui/load-error.tsx";

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

/** "What fits us": the question sets both have chosen, and a rough patch; each box saves as it is ticked. */
export function QuestionSettings() {
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
      {settings.error ? <LoadError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
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
