/**
 * When a person wants to hear from Attune, in their own time zone: quiet hours and the
 * one daily reminder. Pure functions of the clock, tested on their own.
 */

/** How long after the chosen reminder time a reminder may still go out (a server that was down, a slow sweep). */
export const REMINDER_WINDOW_MINUTES = 60;

export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The local date (YYYY-MM-DD) and minutes since local midnight at `now` in `timeZone`. */
export function localClock(now: number, timeZone: string): { day: string; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(now));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return { day: `${get("year")}-${get("month")}-${get("day")}`, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

/** Whether `minutes` falls in [from, to), which may cross midnight (22:00–07:00). Equal ends mean none. */
export function inQuietHours(quiet: { from: string; to: string } | null, minutes: number): boolean {
  if (!quiet) return false;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

export interface ReminderPrefs {
  reminderTime: string | null;
  quietHours: { from: string; to: string } | null;
  timeZone: string;
}

/** The local day a reminder is due for at `now`, or null: within the hour after the chosen time, never in quiet hours. */
export function reminderDueDay(prefs: ReminderPrefs, now: number): string | null {
  if (!prefs.reminderTime) return null;
  const { day, minutes } = localClock(now, prefs.timeZone);
  const since = minutes - minutesOf(prefs.reminderTime);
  if (since < 0 || since >= REMINDER_WINDOW_MINUTES) return null;
  return inQuietHours(prefs.quietHours, minutes) ? null : day;
}
