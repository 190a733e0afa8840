import type { CheckinView, Emotions, Visibility } from "@attune/shared";
import { CORE_EMOTIONS, nextFittingPrompt, promptById, promptForMood, type MindHeartPrompt } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { asFailure } from "../../api/client.ts";
import { keys } from "../../data/keys.ts";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { createCheckin, savePrefs, updateCheckin } from "../api.ts";
import { DepthNudge } from "./depth-nudge.tsx";
import { EmotionScale } from "./emotion-scale.tsx";
import { VisibilityChoice } from "./visibility-choice.tsx";
import { Notice } from "../../ui/notice.tsx";

export type CheckinFormMode =
  | { kind: "new"; day: string; prompt: { id: string; text: string } | null; defaultVisibility: Visibility }
  | { kind: "edit"; checkin: CheckinView };

const NONE: Emotions = { mad: 0, sad: 0, glad: 0, fear: 0 };
const FALLBACK_PROMPT = "What's been on your mind and heart today?";

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
  const id = useId();
  const client = useQueryClient();
  const start = mode.kind === "edit" ? mode.checkin : null;
  const [emotions, setEmotions] = useState<Emotions>(start?.emotions ?? NONE);
  const [high, setHigh] = useState(start?.high ?? "");
  const [low, setLow] = useState(start?.low ?? "");
  const [mindHeart, setMindHeart] = useState(start?.mindHeart ?? "");
  const initialVisibility = start?.visibility ?? (mode.kind === "new" ? mode.defaultVisibility : "private");
  // Sharing needs a partner; without one the form starts (and stays) private.
  const [visibility, setVisibility] = useState<Visibility>(partnerName ? initialVisibility : "private");
  const [prefNote, setPrefNote] = useState<string | null>(null);

  // A new check-in's prompt follows the day the person marks (no "small joy" above a
  // frightening day) and can be swapped; an edit keeps the prompt that was answered.
  const [chosen, setChosen] = useState<MindHeartPrompt | null>(mode.kind === "new" && mode.prompt ? (promptById(mode.prompt.id) ?? null) : null);
  const shown = chosen ? promptForMood(chosen, emotions) : null;
  const promptText = mode.kind === "edit" ? (mode.checkin.promptText ?? FALLBACK_PROMPT) : (shown?.text ?? mode.prompt?.text ?? FALLBACK_PROMPT);

  // Remember the choice as the default for next time; a failure here loses nothing.
  const rememberVisibility = useMutation({
    mutationFn: savePrefs,
    onSuccess: (prefs) => {
      client.setQueryData(keys.prefs, prefs);
      const v = prefs.defaultVisibility;
      setPrefNote(
        v === "shared"
          ? `We'll suggest sharing with ${partnerName ?? "your partner"} next time too.`
          : "We'll keep your next check-in private too, unless you change it.",
      );
    },
    onError: () => setPrefNote(null),
  });
  const chooseVisibility = (v: Visibility) => {
    setVisibility(v);
    rememberVisibility.mutate(v);
  };

  const save = useMutation({
    mutationFn: () =>
      mode.kind === "new"
        ? createCheckin({ day: mode.day, emotions, high, low, promptId: shown?.id ?? mode.prompt?.id ?? null, mindHeart, visibility })
        : updateCheckin(mode.checkin.id, { emotions, high, low, mindHeart, visibility }),
    onSuccess: (saved) => {
      client.setQueryData(keys.checkin(saved.id), saved);
      onSaved(saved, mode.kind === "new");
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const error = save.error ? asFailure(save.error).message : null;

  return (
    <form className="checkin-form stack" onSubmit={submit} noValidate>
      <fieldset className="checkin-form__emotions">
        <legend className="checkin-form__section">How did today feel?</legend>
        <div className="scales">
          {CORE_EMOTIONS.map((emotion) => (
            <EmotionScale key={emotion} emotion={emotion} value={emotions[emotion]} onValue={(v) => setEmotions((e) => ({ ...e, [emotion]: v }))} />
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <Field label="A high of the day" value={high} onValue={setHigh} maxLength={1000} placeholder="Something that lifted you" />
        <Field label="A low of the day" value={low} onValue={setLow} maxLength={1000} placeholder="Something that weighed on you" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-mh`} className="field__label">
          {promptText}
        </label>
        <textarea
          id={`${id}-mh`}
          className="textarea"
          rows={4}
          maxLength={4000}
          value={mindHeart}
          onChange={(e) => setMindHeart(e.target.value)}
          aria-describedby={`${id}-mh-hint`}
        />
        <p id={`${id}-mh-hint`} className="field__hint">
          A few honest lines are plenty. How it felt matters more than what happened.
        </p>
        {shown ? (
          <Button variant="quiet" onClick={() => setChosen(nextFittingPrompt(shown, emotions))}>
            Another question
          </Button>
        ) : null}
        <DepthNudge text={mindHeart} />
      </div>
      <VisibilityChoice value={visibility} onValue={chooseVisibility} partnerName={partnerName} />
      <p role="status" className="muted">
        {prefNote}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          {mode.kind === "new" ? (visibility === "shared" ? "Check in and share" : "Check in") : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
