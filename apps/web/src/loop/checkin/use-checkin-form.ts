import type { CheckinView, Emotions, Visibility } from "@attune/shared";
import { checkinBody, nextFittingPrompt, promptById, promptForMood, type MindHeartPrompt } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { keys } from "../../data/keys.ts";
import { useZodForm } from "../../ui/zod-form.ts";
import { savePrefs } from "../../api/prefs.ts";
import { createCheckin, updateCheckin } from "../api.ts";

export type CheckinFormMode =
  | { kind: "new"; day: string; prompt: { id: string; text: string } | null; defaultVisibility: Visibility }
  | { kind: "edit"; checkin: CheckinView };

const NONE: Emotions = { mad: 0, sad: 0, glad: 0, fear: 0 };
/** What the person fills in, with the server's rules (the day and the prompt are the screen's). */
const checkinFields = checkinBody.pick({ emotions: true, high: true, low: true, mindHeart: true, visibility: true });
const FALLBACK_PROMPT = "What's been on your mind and heart today?";

/** The check-in form's fields, its prompt, the remembered sharing choice and the save. */
export function useCheckinForm(mode: CheckinFormMode, partnerName: string | null, onSaved: (c: CheckinView, created: boolean) => void) {
  const client = useQueryClient();
  const start = mode.kind === "edit" ? mode.checkin : null;
  const initialVisibility = start?.visibility ?? (mode.kind === "new" ? mode.defaultVisibility : "private");
  const form = useZodForm(
    {
      emotions: start?.emotions ?? NONE,
      high: start?.high ?? "",
      low: start?.low ?? "",
      mindHeart: start?.mindHeart ?? "",
      // Sharing needs a partner; without one the form starts (and stays) private.
      visibility: (partnerName ? initialVisibility : "private") as Visibility,
    },
    checkinFields,
    async (body) => {
      const saved =
        mode.kind === "new"
          ? await createCheckin({ day: mode.day, ...body, promptId: shown?.id ?? mode.prompt?.id ?? null })
          : await updateCheckin(mode.checkin.id, body);
      client.setQueryData(keys.checkin(saved.id), saved);
      onSaved(saved, mode.kind === "new");
    },
  );
  const { emotions, visibility } = form.values;
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

  return {
    form,
    emotions,
    setEmotion: (emotion: keyof Emotions, v: number) => form.set("emotions")({ ...emotions, [emotion]: v }),
    promptText,
    /** another fitting question, for a new check-in only */
    anotherPrompt: shown ? () => setChosen(nextFittingPrompt(shown, emotions)) : null,
    visibility,
    chooseVisibility: (v: Visibility) => {
      form.set("visibility")(v);
      rememberVisibility.mutate(v);
    },
    prefNote,
  };
}
