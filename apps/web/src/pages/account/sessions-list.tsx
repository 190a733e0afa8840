import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { endOtherSessions, endSession, listSessions } from "../../api/account.ts";
import { keys } from "../../data/keys.ts";
import { Button } from "../../ui/button.tsx";
import { dateTime, describeDevice, relativeTime } from "../../ui/format.ts";
import { ErrorNotice, LoadError } from "../../ui/load-error.tsx";
import { Notice } from "../../ui/notice.tsx";

/** Where I'm logged in, with a way to end any session but this one, or all the others. */
export function SessionsList() {
  const client = useQueryClient();
  const list = useQuery({ queryKey: keys.sessions, queryFn: listSessions });
  const end = useMutation({
    mutationFn: (id: string) => (id === "others" ? endOtherSessions() : endSession(id)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sessions }),
  });
  const sessions = list.data ?? null;
  const busy = end.isPending ? end.variables : null;
  const status = end.isSuccess ? (end.variables === "others" ? "Every other session has ended." : "That session has ended.") : null;

  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you're logged in</h2>
      {list.isPending ? <p role="status">Loading your sessions…</p> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {sessions ? (
        <ul className="sessions">
          {sessions.map((s) => (
            <li key={s.id} className="sessions__item">
              <div>
                <p className="sessions__device">
                  {describeDevice(s.userAgent)}
                  {s.current ? <span className="badge">This device</span> : null}
                </p>
                <p className="muted">
                  Active {relativeTime(s.lastSeenAt)} · since {dateTime(s.createdAt)}
                </p>
              </div>
              {s.current ? null : (
                <Button
                  variant="secondary"
                  busy={busy === s.id}
                  onClick={() => end.mutate(s.id)}
                  aria-label={`End session on ${describeDevice(s.userAgent)}, active ${relativeTime(s.lastSeenAt)}`}
                >
                  End session
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {others > 0 ? (
        <div className="actions">
          <Button variant="secondary" busy={busy === "others"} onClick={() => end.mutate("others")}>
            End all other sessions
          </Button>
        </div>
      ) : sessions ? (
        <p className="muted">You're not logged in anywhere else.</p>
      ) : null}
      <Notice tone="success">{status}</Notice>
      <ErrorNotice error={end.error} />
    </section>
  );
}
