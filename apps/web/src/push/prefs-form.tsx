import { PUSH_KIND_LABELS, PUSH_KINDS, type PushKind } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { pushSettingsKey, savePushPrefs, type PushPrefs } from "./api.ts";

const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** Which kinds, the one daily reminder and quiet hours; times are this device's local time. */
export function PrefsForm({ saved }: { saved: PushPrefs }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [kinds, setKinds] = useState<Set<PushKind>>(() => new Set(saved.kinds));
  const [reminderOn, setReminderOn] = useState(saved.reminderTime !== null);
  const [reminderTime, setReminderTime] = useState(saved.reminderTime ?? "20:00");
  const [quietOn, setQuietOn] = useState(saved.quietHours !== null);
  const [quietFrom, setQuietFrom] = useState(saved.quietHours?.from ?? "22:00");
  const [quietTo, setQuietTo] = useState(saved.quietHours?.to ?? "08:00");
  const timeZone = deviceTimeZone();
  const save = useMutation({
    mutationFn: () =>
      savePushPrefs({
        kinds: PUSH_KINDS.filter((k) => kinds.has(k)),
        reminderTime: reminderOn ? reminderTime : null,
        quietHours: quietOn ? { from: quietFrom, to: quietTo } : null,
        timeZone,
      }),
    onSuccess: (prefs) => queryClient.setQueryData(pushSettingsKey, (old: object | undefined) => (old ? { ...old, prefs } : old)),
  });
  const toggle = (kind: PushKind, on: boolean) =>
    setKinds((now) => {
      const next = new Set(now);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form className="card stack push-prefs" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>What to tell you</h2>
      <fieldset className="push-prefs__group">
        <legend>Let me know when</legend>
        {PUSH_KINDS.map((kind) => (
          <div className="push-prefs__check" key={kind}>
            <input id={`${id}-${kind}`} type="checkbox" checked={kinds.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
            <label htmlFor={`${id}-${kind}`}>{PUSH_KIND_LABELS[kind]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="push-prefs__group">
        <legend>A daily reminder</legend>
        <div className="push-prefs__check">
          <input id={`${id}-reminder`} type="checkbox" checked={reminderOn} onChange={(e) => setReminderOn(e.target.checked)} />
          <label htmlFor={`${id}-reminder`}>One gentle reminder to check in, at most once a day</label>
        </div>
        {reminderOn ? (
          <div className="field">
            <label htmlFor={`${id}-reminder-time`} className="field__label">
              Reminder time
            </label>
            <input id={`${id}-reminder-time`} type="time" value={reminderTime} required onChange={(e) => setReminderTime(e.target.value)} />
          </div>
        ) : null}
        <p className="muted">If you've already checked in that day, there's no reminder.</p>
      </fieldset>
      <fieldset className="push-prefs__group">
        <legend>Quiet hours</legend>
        <div className="push-prefs__check">
          <input id={`${id}-quiet`} type="checkbox" checked={quietOn} onChange={(e) => setQuietOn(e.target.checked)} />
          <label htmlFor={`${id}-quiet`}>No notifications at all during these hours</label>
        </div>
        {quietOn ? (
          <div className="push-prefs__times">
            <div className="field">
              <label htmlFor={`${id}-quiet-from`} className="field__label">
                From
              </label>
              <input id={`${id}-quiet-from`} type="time" value={quietFrom} required onChange={(e) => setQuietFrom(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-quiet-to`} className="field__label">
                Until
              </label>
              <input id={`${id}-quiet-to`} type="time" value={quietTo} required onChange={(e) => setQuietTo(e.target.value)} />
            </div>
          </div>
        ) : null}
      </fieldset>
      <p className="muted">Times are in this device's time zone ({timeZone}).</p>
      <Notice tone="error">{save.error ? asFailure(save.error).message : null}</Notice>
      <Notice tone="success">{save.isSuccess && !save.isPending ? "Saved." : null}</Notice>
      <div className="actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save
        </Button>
      </div>
    </form>
  );
}
