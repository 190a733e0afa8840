import { summaryRangeQuery } from "@attune/shared";
import { localDay } from "../loop/day.ts";

/** A summary's date range: the last eight weeks unless chosen, both days inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

export function defaultRange(now: Date = new Date()): DayRange {
  const start = new Date(now);
  start.setDate(now.getDate() - 55);
  return { from: localDay(start), to: localDay(now) };
}

/** The range in a page's query string (?from&to), or the default when it is missing or malformed. */
export function rangeFrom(search: URLSearchParams, now: Date = new Date()): DayRange {
  const parsed = summaryRangeQuery.safeParse({ from: search.get("from"), to: search.get("to") });
  return parsed.success && parsed.data.from <= parsed.data.to ? parsed.data : defaultRange(now);
}
