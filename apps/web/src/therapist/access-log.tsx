import type { QueryKey } from "@tanstack/react-query";
import type { z } from "zod";
import type { accessLogEntryView, accessLogView } from "@attune/shared";
import { ShowEarlier } from "../loop/show-earlier.tsx";
import { usePagedQuery } from "../loop/use-paged-query.ts";
import { LoadError } from "../ui/load-error.tsx";
import { dateTime, longDate } from "../ui/format.ts";
import { ACCESS_TEXT } from "./words.tsx";

type Entry = z.infer<typeof accessLogEntryView>;
type AccessLogPage = z.infer<typeof accessLogView>;

/** Every read by the therapist, newest first, a page at a time (a long-running grant has many). */
export function useAccessLog(key: QueryKey, fetchPage: (before: string | null) => Promise<AccessLogPage>, enabled: boolean) {
  return usePagedQuery<Entry, { items: Entry[]; nextCursor: string | null }>(
    key,
    async (before) => {
      const page = await fetchPage(before);
      return { items: page.entries, nextCursor: page.nextCursor };
    },
    { enabled },
  );
}

/** Every read by the therapist, paged: what and when (the couple sees it; the therapist sees their own). */
export function AccessLogList({ log, empty }: { log: ReturnType<typeof useAccessLog>; empty: string }) {
  if (log.error) return <LoadError error={log.error} onRetry={log.retry} />;
  if (log.items === null) return null;
  return (
    <>
      <AccessLogEntries entries={log.items} empty={empty} />
      {log.items.length > 0 ? <ShowEarlier hasMore={log.hasMore} loading={log.loadingMore} onMore={log.loadMore} endText="That's the first read." /> : null}
    </>
  );
}

/** The reads themselves, newest first (also the export's printable page, which holds them all). */
export function AccessLogEntries({ entries, empty }: { entries: readonly Entry[]; empty: string }) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="th-log">
      {entries.map((entry) => (
        <li key={entry.id}>
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
