import { PUSH_KIND_LABELS, PUSH_KINDS } from "@attune/shared";
import { useId } from "react";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { Notice } from "../ui/notice.tsx";
import type { PushPrefs } from "./api.ts";
import { CheckOption } from "./check-option.tsx";
import { usePrefsForm } from "./use-prefs-form.ts";

/** Which kinds, the one daily reminder and quiet hours; times are this device's local time. */
export function PrefsForm({ saved }: { saved: PushPrefs }) {
  const id = useId();
  const { form, timeZone, toggleKind } = usePrefsForm(saved);
  const v = form.values;

  return (
    <form className="card stack push-prefs" onSubmit={form.onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>What to tell you</h2>
      <fieldset className="push-prefs__group">
        <legend>Let me know when</legend>
        {PUSH_KINDS.map((kind) => (
          <CheckOption
            key={kind}
            id={`${id}-${kind}`}
            label={PUSH_KIND_LABELS[kind]}
            checked={v.kinds.includes(kind)}
            onChecked={(on) => toggleKind(kind, on)}
          />
        ))}
      </fieldset>
      <fieldset className="push-prefs__group">
        <legend>A daily reminder</legend>
        <CheckOption
          id={`${id}-reminder`}
          label="One gentle reminder to check in, at most once a day"
          checked={v.reminderOn}
          onChecked={form.set("reminderOn")}
        />
        {v.reminderOn ? <Field label="Reminder time" type="time" required {...form.bind("reminderTime")} /> : null}
        <p className="muted">If you've already checked in that day, there's no reminder.</p>
      </fieldset>
      <fieldset className="push-prefs__group">
        <legend>Quiet hours</legend>
        <CheckOption id={`${id}-quiet`} label="No notifications at all during these hours" checked={v.quietOn} onChecked={form.set("quietOn")} />
        {v.quietOn ? (
          <div className="push-prefs__times">
            <Field label="From" type="time" required {...form.bind("quietFrom")} />
            <Field label="Until" type="time" required {...form.bind("quietTo")} />
          </div>
        ) : null}
      </fieldset>
      <p className="muted">Times are in this device's time zone ({timeZone}).</p>
      <Notice tone="error">{form.formError}</Notice>
      <Notice tone="success">{form.sent ? "Saved." : null}</Notice>
      <div className="actions">
        <Button type="submit" busy={form.busy} busyLabel="Saving…">
          Save
        </Button>
      </div>
    </form>
  );
}
