import { describe, expect, it } from "vitest";
import { prefsForm, prefsFormValues } from "./prefs-form-schema.ts";

const saved = { kinds: [], reminderTime: null, quietHours: null, timeZone: "Europe/London" };

describe("the notification settings form", () => {
  it("sends a time only where its box is ticked, and the kinds in the usual order", () => {
    const form = { ...prefsFormValues(saved), kinds: ["reply", "checkin"] as const, reminderOn: true, reminderTime: "20:30" };
    expect(prefsForm.parse({ ...form, kinds: [...form.kinds] })).toEqual({ kinds: ["checkin", "reply"], reminderTime: "20:30", quietHours: null });
  });
  it("names the empty time field of a ticked box, and ignores the time of an unticked one", () => {
    const result = prefsForm.safeParse({ ...prefsFormValues(saved), quietOn: true, quietTo: "", reminderTime: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["quietTo", "Use a time like 07:30."]]);
  });
  it("starts from what is saved", () => {
    const values = prefsFormValues({ ...saved, kinds: ["answer"], quietHours: { from: "23:00", to: "07:00" } });
    expect(values).toMatchObject({ kinds: ["answer"], reminderOn: false, reminderTime: "20:00", quietOn: true, quietFrom: "23:00", quietTo: "07:00" });
  });
});
