/** Days as the person lives them: YYYY-MM-DD in the device's own time zone. */

const pad = (n: number) => String(n).padStart(2, "0");

export function localDay(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Today", "Yesterday", or "Tuesday 12 May" for a YYYY-MM-DD day. */
export function dayLabel(day: string, today: string = localDay(), locale?: string): string {
  if (day === today) return "Today";
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  const yesterday = new Date(date);
  yesterday.setDate(date.getDate() + 1);
  if (localDay(yesterday) === today) return "Yesterday";
  const sameYear = today.slice(0, 4) === day.slice(0, 4);
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }) }).format(date);
}
