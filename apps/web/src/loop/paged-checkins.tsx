import type { ReactNode } from "react";
import { Link } from "../router.tsx";
import { LoadError } from "../ui/load-error.tsx";
import { ShowEarlier } from "./show-earlier.tsx";
import type { PagedList } from "./use-paged-query.ts";

export interface PagedCheckinsProps<T extends { id: string }> {
  list: PagedList<T>;
  /** the list's accessible name */
  label: string;
  loadingText: string;
  /** said when there is nothing yet, above "Check in now" */
  emptyText: string;
  /** said under the oldest entry */
  endText: string;
  /** shown once the first page is in, above the list (e.g. how many are new) */
  header?: ReactNode;
  children(item: T): ReactNode;
}

/** A paged list of check-ins in its four states: loading, failed, empty (with a way to begin) and the list with "Show earlier". */
export function PagedCheckins<T extends { id: string }>({ list, label, loadingText, emptyText, endText, header, children }: PagedCheckinsProps<T>) {
  const failed = list.error ? <LoadError error={list.error} onRetry={list.retry} /> : null;
  // A failed refetch keeps what was loaded on screen, under the message.
  if (list.items === null) return failed ?? <p className="loading">{loadingText}</p>;
  return (
    <>
      {failed}
      {header}
      {list.items.length === 0 ? (
        <div className="card empty">
          <p>{emptyText}</p>
          <p>
            <Link to="/check-in" className="button button--primary">
              Check in now
            </Link>
          </p>
        </div>
      ) : (
        <>
          <ol className="timeline" aria-label={label}>
            {list.items.map((item) => (
              <li key={item.id}>{children(item)}</li>
            ))}
          </ol>
          <ShowEarlier hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} endText={endText} />
        </>
      )}
    </>
  );
}
