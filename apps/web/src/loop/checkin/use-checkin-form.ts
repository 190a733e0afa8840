import type { CheckinView, Emotions, Visibility } from "@attune/shared";
import { nextFittingPrompt, promptById, promptForMood, type MindHeartPrompt } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { keys } from "../../data/keys.ts";
import { createCheckin, savePrefs, updateCheckin } from "../api.ts";

export type CheckinFormMode =
  | { kind: "new"; day: string; prompt: { id: string; text: string } | null; defaultVisibility: Visibility }
  | { kind: "edit"; checkin: CheckinView };

const NONE: Emotions = { mad: 0, sad: 0, glad: 0, fear: 0 };
const FALLBACK_PROMPT = "What's been on your mind and heart today?";

/** The check-in form's fields, its prompt, the remembered sharing choice and the save. */
export function useCheckinForm(mode: CheckinFormMode, partnerName: string | null, onSaved: (c: CheckinView, created: boolean) => void) {
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

  return {
    emotions,
    setEmotion: (emotion: keyof Emotions, v: number) => setEmotions((e) => ({ ...e, [emotion]: v })),
    high,
    setHigh,
    low,
    setLow,
    mindHeart,
    setMindHeart,
    promptText,
    /** another fitting question, for a new check-in only */
    anotherPrompt: shown ? () => setChosen(nextFittingPrompt(shown, emotions)) : null,
    visibility,
    chooseVisibility: (v: Visibility) => {
      setVisibility(v);
      rememberVisibility.mutate(v);
    },
    prefNote,
    save,
    submit: (event: FormEvent) => {
      event.preventDefault();
      if (!save.isPending) save.mutate();
    },
  };
}
