import type { CheckinView } from "@attune/shared";
import { useRef, useState } from "react";
import { Link } from "../../router.tsx";
import { useMe } from "../../session/session.tsx";
import { Button } from "../../ui/button.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { localDay } from "../day.ts";
import "../loop.css";
import { CheckinCard } from "./checkin-card.tsx";
import { CheckinForm } from "./checkin-form.tsx";
import { DeleteCheckin } from "./delete-checkin.tsx";
import { useToday } from "./use-today.ts";

/** /check-in: today's check-in — the form, or what I wrote today with change and delete. */
export function CheckinPage() {
  const me = useMe();
  const partnerName = me.couple?.partner.displayName ?? null;
  const [day] = useState(localDay);
  const [editing, setEditing] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const { loaded, error, retry, setToday } = useToday(day);

  const newsRef = useRef<HTMLDivElement>(null);
  const saved = (c: CheckinView, created: boolean) => {
    setToday(c);
    setEditing(false);
    const where = c.visibility === "shared" ? `${partnerName ?? "Your partner"} can see it now.` : "It's in your private journal.";
    setNews(created ? `Thank you for checking in. ${where}` : `Saved. ${where}`);
    // The form (and the button that had focus) is gone: keep keyboard and screen-reader users
    // where the news is, not at the top of the page.
    window.requestAnimationFrame(() => newsRef.current?.focus());
  };

  return (
    <Page title="Check in" lead="Under a minute: how today felt, and what's on your mind and heart.">
      {error ? <LoadError error={error} onRetry={retry} /> : null}
      <div ref={newsRef} tabIndex={-1} className="focus-target">
        <Notice tone="success">{news}</Notice>
      </div>
      {!loaded && !error ? <p className="loading">Getting today ready…</p> : null}
      {loaded && (!loaded.today || editing) ? (
        <section className="card" aria-label={loaded.today ? "Change today's check-in" : "Today's check-in"}>
          <CheckinForm
            key={loaded.today?.id ?? "new"}
            mode={
              loaded.today ? { kind: "edit", checkin: loaded.today } : { kind: "new", day, prompt: loaded.prompt, defaultVisibility: loaded.defaultVisibility }
            }
            partnerName={partnerName}
            onSaved={saved}
          />
          {editing ? (
            <p className="actions checkin-form__cancel">
              <Button variant="quiet" onClick={() => setEditing(false)}>
                Never mind, keep it as it was
              </Button>
            </p>
          ) : null}
        </section>
      ) : null}
      {loaded?.today && !editing ? (
        <CheckinCard
          checkin={loaded.today}
          title="Your check-in today"
          footer={
            <div className="actions">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Change it
              </Button>
              {loaded.today.visibility === "shared" ? (
                <Link to={`/checkins/${loaded.today.id}`}>See the conversation{loaded.today.replyCount > 0 ? ` (${loaded.today.replyCount})` : ""}</Link>
              ) : null}
              <DeleteCheckin
                id={loaded.today.id}
                shared={loaded.today.visibility === "shared"}
                onDeleted={() => {
                  setToday(null);
                  setNews("Deleted. You can check in again whenever you like.");
                }}
              />
            </div>
          }
        />
      ) : null}
      <p className="loop-links">
        <Link to="/history">Your past check-ins</Link> · <Link to="/timeline">Shared with each other</Link>
      </p>
    </Page>
  );
}
