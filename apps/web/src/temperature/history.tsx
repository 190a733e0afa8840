import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { longDate } from "../ui/format.ts";
import { Notice } from "../ui/notice.tsx";
import { ReadingEntries } from "./reading-entries.tsx";
import { useReadingHistory } from "./use-temperature.ts";

/** Past readings, newest first, each folded until opened. */
export function ReadingHistory({ myId, partnerName }: { myId: string; partnerName: string }) {
  const history = useReadingHistory();
  const readings = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="stack" aria-labelledby="dtr-history">
      <h2 id="dtr-history">Past readings</h2>
      {history.error ? (
        <Notice tone="error">
          {asFailure(history.error).message}{" "}
          <Button variant="quiet" onClick={() => void history.refetch()}>
            Try again
          </Button>
        </Notice>
      ) : history.isPending ? (
        <p className="loading">Looking for past readings…</p>
      ) : readings.length === 0 ? (
        <p className="muted">Your readings will gather here.</p>
      ) : (
        <ul className="dtr-history">
          {readings.map((reading) => (
            <li key={reading.id} className="card">
              <details>
                <summary>
                  {longDate(reading.createdAt)} · {reading.mode === "together" ? "together" : "each on your own"}
                </summary>
                <ReadingEntries reading={reading} myId={myId} partnerName={partnerName} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {history.hasNextPage ? (
        <Button variant="secondary" busy={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          Show earlier
        </Button>
      ) : null}
    </section>
  );
}
