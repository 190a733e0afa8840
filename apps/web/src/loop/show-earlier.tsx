import { Button } from "../ui/button.tsx";

/** The end of a paged list: a button while there is more, a calm line when there isn't. */
export function ShowEarlier({ hasMore, loading, onMore, endText }: { hasMore: boolean; loading: boolean; onMore(): void; endText: string }) {
  return hasMore ? (
    <p className="show-earlier">
      <Button variant="secondary" busy={loading} busyLabel="Looking further back…" onClick={onMore}>
        Show earlier
      </Button>
    </p>
  ) : (
    <p className="show-earlier muted">{endText}</p>
  );
}
