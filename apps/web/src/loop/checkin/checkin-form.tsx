import { CORE_EMOTIONS, type CheckinView } from "@attune/shared";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { Notice } from "../../ui/notice.tsx";
import { EmotionScale } from "./emotion-scale.tsx";
import { MindHeartField } from "./mind-heart-field.tsx";
import { useCheckinForm, type CheckinFormMode } from "./use-checkin-form.ts";
import { VisibilityChoice } from "./visibility-choice.tsx";

/** The daily check-in: four emotions, a high and a low, the mind-and-heart answer, who sees it. */
export function CheckinForm({
  mode,
  partnerName,
  onSaved,
}: {
  mode: CheckinFormMode;
  partnerName: string | null;
  onSaved(c: CheckinView, created: boolean): void;
}) {
  const f = useCheckinForm(mode, partnerName, onSaved);
  const { form } = f;
  return (
    <form className="checkin-form stack" onSubmit={form.onSubmit} noValidate>
      <fieldset className="checkin-form__emotions">
        <legend className="checkin-form__section">How did today feel?</legend>
        <div className="scales">
          {CORE_EMOTIONS.map((emotion) => (
            <EmotionScale key={emotion} emotion={emotion} value={f.emotions[emotion]} onValue={(v) => f.setEmotion(emotion, v)} />
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <Field label="A high of the day" {...form.bind("high")} maxLength={1000} placeholder="Something that lifted you" />
        <Field label="A low of the day" {...form.bind("low")} maxLength={1000} placeholder="Something that weighed on you" />
      </div>
      <MindHeartField prompt={f.promptText} {...form.bind("mindHeart")} onAnother={f.anotherPrompt} />
      <VisibilityChoice value={f.visibility} onValue={f.chooseVisibility} partnerName={partnerName} />
      <p role="status" className="muted">
        {f.prefNote}
      </p>
      <Notice tone="error">{form.formError}</Notice>
      <div className="actions">
        <Button type="submit" busy={form.busy} busyLabel="Saving…">
          {mode.kind === "new" ? (f.visibility === "shared" ? "Check in and share" : "Check in") : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
