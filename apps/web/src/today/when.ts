/**
 * "this morning", "last night", "yesterday", "on Tuesday": when a partner shared, said
 * the way one would say it aloud, in the person's own time zone.
 */
export function sharedWhen(iso: string, now: Date = new Date(), locale?: string): string {
  const at = new Date(iso);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const hour = at.getHours();
  if (at >= startOfToday) {
    if (now.getTime() - at.getTime() < 60 * 60_000) return "just now";
    return hour < 12 ? "this morning" : hour < 18 ? "this afternoon" : "this evening";
  }
  const startOfYesterday = new Date(startOfToday);
  startOfYesterday.setDate(startOfToday.getDate() - 1);
  if (at >= startOfYesterday) return hour >= 21 ? "last night" : "yesterday";
  return `on ${new Intl.DateTimeFormat(locale, { weekday: "long" }).format(at)}`;
}
