import type { SubscaleId } from "@attune/shared";
import type { SeriesStyle } from "../ui/chart/series.tsx";

/**
 * Colour plus a dash pattern and a marker shape for each area, so lines stay apart
 * without colour too. Colours have at least 3:1 contrast on white.
 */
export const STYLE: Record<SubscaleId, SeriesStyle> = {
  listening: { color: "#a4431c", dash: "", marker: "circle" },
  validating: { color: "#2f6248", dash: "8 4", marker: "square" },
  "opening-up": { color: "#1d5f75", dash: "2 4", marker: "diamond" },
  "conflict-repair": { color: "#6b3f8f", dash: "12 4 3 4", marker: "circle" },
  curiosity: { color: "#7a5c00", dash: "", marker: "square" },
  "shared-joy": { color: "#5d4d45", dash: "4 3", marker: "diamond" },
};

const dayOnly = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const dayAndTime = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** "12 May" for each attempt, or "12 May, 09:30" when two fall on the same day. */
export function attemptLabels(dates: readonly string[]): string[] {
  const days = dates.map((d) => dayOnly.format(new Date(d)));
  return new Set(days).size === days.length ? days : dates.map((d) => dayAndTime.format(new Date(d)));
}
export const fullDate = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
