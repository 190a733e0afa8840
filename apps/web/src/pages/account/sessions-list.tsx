import type { SessionView } from "@attune/shared";
import { useCallback, useEffect, useState } from "react";
import { endOtherSessions, endSession, listSessions } from "../../api/account.ts";
import { asFailure } from "../../api/client.ts";
import { Button } from "../../ui/button.tsx";
import { dateTime, describeDevice, relativeTime } from "../../ui/format.ts";
import { Notice } from "../../ui/notice.tsx";

/** Where I'm logged in, with a way to end any session but this one, or all the others. */
export function SessionsList({ version }: { version: number }) {
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setSessions(await listSessions());
    } catch (e) {
      setError(asFailure(e).message);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, version]);

  const end = async (id: string | "others") => {
    setBusy(id);
    setError(null);
    setStatus(null);
    try {
      if (id === "others") await endOtherSessions();
      else await endSession(id);
      setStatus(id === "others" ? "Every other session has ended." : "That session has ended.");
      await load();
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(null);
    }
  };

  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you're logged in</h2>
      {sessions === null && !error ? <p role="status">Loading your sessions…</p> : null}
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
                <Button variant="secondary" busy={busy === s.id} onClick={() => void end(s.id)} aria-label={`End session on ${describeDevice(s.userAgent)}, active ${relativeTime(s.lastSeenAt)}`}>
                  End session
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {others > 0 ? (
        <div className="actions">
          <Button variant="secondary" busy={busy === "others"} onClick={() => void end("others")}>
            End all other sessions
          </Button>
        </div>
      ) : sessions ? (
        <p className="muted">You're not logged in anywhere else.</p>
      ) : null}
      <Notice tone="success">{status}</Notice>
      <Notice tone="error">{error}</Notice>
    </section>
  );
}
