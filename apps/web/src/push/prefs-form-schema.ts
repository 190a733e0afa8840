import { clockTimeSchema, PUSH_KINDS, type PushKind, type PushPrefs } from "@attune/shared";
import { z } from "zod";

const TIME_FIELDS = [
  ["reminderOn", "reminderTime"],
  ["quietOn", "quietFrom"],
  ["quietOn", "quietTo"],
] as const;

/**
 * The notification settings as the form holds them (a box and a time for the reminder and
 * for quiet hours), checked with the server's own rule for a time (`clockTimeSchema`) where
 * a box is ticked, and turned into the `pushPrefs` the server takes (less the time zone,
 * which is the device's).
 */
export const prefsForm = z
  .object({
    kinds: z.array(z.enum(PUSH_KINDS)),
    reminderOn: z.boolean(),
    reminderTime: z.string(),
    quietOn: z.boolean(),
    quietFrom: z.string(),
    quietTo: z.string(),
  })
  .superRefine((form, ctx) => {
    for (const [on, field] of TIME_FIELDS) {
      if (!form[on]) continue;
      const time = clockTimeSchema.safeParse(form[field]);
      if (!time.success) ctx.addIssue({ code: "custom", path: [field], message: time.error.issues[0]?.message ?? "Use a time like 07:30." });
    }
  })
  .transform(
    (form): Omit<PushPrefs, "timeZone"> => ({
      kinds: PUSH_KINDS.filter((k) => form.kinds.includes(k)),
      reminderTime: form.reminderOn ? form.reminderTime : null,
      quietHours: form.quietOn ? { from: form.quietFrom, to: form.quietTo } : null,
    }),
  );

/** The form's starting values from what is saved; an unset time starts at a gentle default. */
export const prefsFormValues = (saved: PushPrefs) => ({
  kinds: [...saved.kinds] as PushKind[],
  reminderOn: saved.reminderTime !== null,
  reminderTime: saved.reminderTime ?? "20:00",
  quietOn: saved.quietHours !== null,
  quietFrom: saved.quietHours?.from ?? "22:00",
  quietTo: saved.quietHours?.to ?? "08:00",
});
