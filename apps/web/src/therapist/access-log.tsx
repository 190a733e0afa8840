import type { z } from "zod";
import type { accessLogView } from "@attune/shared";
import { dateTime, longDate } from "../ui/format.ts";
import { ACCESS_TEXT } from "./words.tsx";

type AccessLog = z.infer<typeof accessLogView>;

/** Every read by the therapist: what and when (the couple sees it; the therapist sees their own). */
export function AccessLogList({ log, empty }: { log: AccessLog; empty: string }) {
  if (log.entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="th-log">
      {log.entries.map((entry) => (
        <li key={`${entry.at}-${entry.what}-${entry.from ?? ""}`}>
          <span>{ACCESS_TEXT[entry.what] ?? entry.what}</span>
          {entry.from && entry.to ? (
            <span className="muted">
              {" "}
              for {longDate(entry.from)} – {longDate(entry.to)}
            </span>
          ) : null}
          <time className="th-log__when muted" dateTime={entry.at}>
            {dateTime(entry.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
