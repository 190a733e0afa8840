/** Human wording for times and devices. Pure functions, so they are easy to test. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 47 hours", "in 20 minutes", "5 minutes ago", "just now", "3 days ago". */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return "just now";
  const [value, unit] = abs < HOUR ? [Math.round(abs / MINUTE), "minute"] : abs < 2 * DAY ? [Math.round(abs / HOUR), "hour"] : [Math.round(abs / DAY), "day"];
  const phrase = `${value} ${unit}${value === 1 ? "" : "s"}`;
  return diff > 0 ? `in ${phrase}` : `${phrase} ago`;
}

/** "Tue 14 May, 09:30" in the person's own locale and time zone. */
export function dateTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** "14 May 2025". */
export function longDate(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));
}

/** "Good morning" / "Good afternoon" / "Good evening" by the local hour. */
export function greeting(hour: number): string {
  if (hour < 5) return "Hello";
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}

/** "Firefox on Windows" from a user-agent string; "Unknown device" when it says nothing useful. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const ua = userAgent;
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Chrom(e|ium)\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : null;
  const system = /iPhone|iPad|iPod/.test(ua)
    ? "iOS"
    : /Android/.test(ua)
      ? "Android"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(ua)
          ? "macOS"
          : /CrOS/.test(ua)
            ? "ChromeOS"
            : /Linux/.test(ua)
              ? "Linux"
              : null;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? "Unknown device";
}
