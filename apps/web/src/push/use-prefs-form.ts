import type { PushKind } from "@attune/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useZodForm } from "../ui/zod-form.ts";
import { pushSettingsKey, savePushPrefs, type PushPrefs } from "./api.ts";
import { prefsForm, prefsFormValues } from "./prefs-form-schema.ts";

const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** The settings form: its values, the save (times are this device's local time), the kind boxes. */
export function usePrefsForm(saved: PushPrefs) {
  const queryClient = useQueryClient();
  const timeZone = deviceTimeZone();
  const form = useZodForm(prefsFormValues(saved), prefsForm, async (prefs) => {
    const next = await savePushPrefs({ ...prefs, timeZone });
    queryClient.setQueryData(pushSettingsKey, (old: object | undefined) => (old ? { ...old, prefs: next } : old));
  });
  const kinds = form.values.kinds;
  const toggleKind = (kind: PushKind, on: boolean) => form.set("kinds")(on ? [...kinds, kind] : kinds.filter((k) => k !== kind));
  return { form, timeZone, toggleKind };
}
