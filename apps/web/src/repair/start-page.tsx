import { NOT_STARTED } from "@attune/shared";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ApiFailure, asFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { Link, navigate, Redirect } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { LoadError } from "../ui/load-error.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { fetchCurrentRepair, startRepair, type RepairMode } from "./api.ts";
import "./repair.css";

// A partner may start one from their own device while I'm on this page: it arrives as a
// live event (the "repair" area), with a slow poll as the fallback.
const POLL_MS = 8000;

const MODES: { mode: RepairMode; label: string; hint: string }[] = [
  { mode: "together", label: "Together, on one screen", hint: "Sit side by side and pass the device when it's the other's turn." },
  { mode: "apart", label: "Each on our own device", hint: "Each of you opens Attune on your own phone or computer. Good when you want a little space, or you're apart." },
];

/** /repair: the open conversation if there is one; otherwise a calm start. */
export function RepairStartPage() {
  const me = useMe();
  const partner = me.couple?.partner.displayName ?? null;
  const [mode, setMode] = useState<RepairMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useQuery({ queryKey: keys.repairCurrent, queryFn: fetchCurrentRepair, enabled: partner !== null, refetchInterval: POLL_MS });
  const begin = useMutation({
    mutationFn: startRepair,
    onSuccess: (view) => navigate(`/repair/${view.id}`),
    onError: async (e) => {
      // 409: one is already open (perhaps just started by my partner): look again, and
      // the page goes to it (or says when one may start).
      const open = e instanceof ApiFailure && e.status === 409 ? (await current.refetch()).data : undefined;
      if (!open?.repair && !open?.restartAt) setError(asFailure(e).message);
    },
  });

  const openId = current.data?.repair?.id;
  if (openId) return <Redirect to={`/repair/${openId}`} />;
  const restartAt = current.data?.restartAt ?? null;

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!mode) {
      setError("Choose how you'd like to do this first.");
      return;
    }
    setError(null);
    if (!begin.isPending) begin.mutate(mode);
  };

  return (
    <Page title="Guided repair" lead="After a hard moment, a calm way back to each other: one step at a time, at your own pace." narrow>
      {!partner ? (
        <section className="card stack">
          <p>Guided repair is something the two of you do together, so it needs you to be linked with your partner first.</p>
          <p>
            <Link to="/partner" className="button button--primary">
              Link with your partner
            </Link>
          </p>
        </section>
      ) : current.isPending ? (
        <p className="loading">Looking for an open conversation…</p>
      ) : current.isError && !current.data ? (
        <LoadError error={current.error} onRetry={() => void current.refetch()} />
      ) : restartAt ? (
        <section className="card stack" aria-labelledby="rp-wait-title">
          <h2 id="rp-wait-title">Not just yet</h2>
          <p>{NOT_STARTED.again(whenLabel(restartAt))}</p>
          <p>
            <Link to="/library">Practices for the two of you</Link> · <Link to="/help">Confidential help services</Link>
          </p>
        </section>
      ) : (
        <form className="card stack" onSubmit={start} noValidate>
          <p>
            You'll pause and agree to talk, each tell your side while the other listens and says it back, name your own part, offer an apology where it fits, and settle on one small
            thing for next time. You can pause at any step and come back later.
          </p>
          <p>It begins with a short, private safety check for each of you.</p>
          <fieldset className="rp-modes">
            <legend className="field__label">How would you like to do this with {partner}?</legend>
            {MODES.map((m) => (
              <label key={m.mode} className="rp-mode">
                <input type="radio" name="mode" value={m.mode} checked={mode === m.mode} onChange={() => {
                    setMode(m.mode);
                    setError(null);
                  }} />
                <span>
                  <strong>{m.label}</strong>
                  <span className="rp-mode__hint">{m.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="actions">
            <Button type="submit" busy={begin.isPending} busyLabel="Starting…">
              Begin with the safety check
            </Button>
          </div>
        </form>
      )}
    </Page>
  );
}

/** "tomorrow at 09:30" or "on Sat 6 Dec at 09:30", in the person's own time zone. */
function whenLabel(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (at.toDateString() === new Date().toDateString()) return `today at ${time}`;
  if (at.toDateString() === tomorrow.toDateString()) return `tomorrow at ${time}`;
  return `on ${at.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" })} at ${time}`;
}
