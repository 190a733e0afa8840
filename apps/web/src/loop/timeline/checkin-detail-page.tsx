import { Link, navigate } from "../../router.tsx";
import { useMe, useSession } from "../../session/session.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Page } from "../../ui/page.tsx";
import { CheckinCard } from "../checkin/checkin-card.tsx";
import { DeleteCheckin } from "../checkin/delete-checkin.tsx";
import { dayLabel } from "../day.ts";
import "../loop.css";
import { ReplyThread } from "../replies/reply-thread.tsx";
import { shareTextOf } from "@attune/shared";
import { useCheckin, useMarkRead } from "./use-checkin.ts";

/** /checkins/:id — one check-in with its conversation. Opening a partner's marks it read. */
export function CheckinDetailPage({ id }: { id: string }) {
  const me = useMe();
  const { setFlash } = useSession();
  const query = useCheckin(id);
  const checkin = query.data ?? null;
  const error = query.error;
  useMarkRead(checkin);

  const partnerName = me.couple?.partner.displayName ?? "your partner";
  const title = checkin ? (checkin.mine ? `Your check-in · ${dayLabel(checkin.day)}` : `${checkin.author.displayName} · ${dayLabel(checkin.day)}`) : "Check-in";
  return (
    <Page title={title}>
      {error ? <LoadError error={error} onRetry={() => void query.refetch()} /> : null}
      {!checkin && !error ? <p className="loading">Opening…</p> : null}
      {checkin ? (
        <div className="detail">
          <CheckinCard
            checkin={checkin}
            title={checkin.mine ? "What you shared" : `What ${checkin.author.displayName} shared`}
            footer={
              checkin.mine ? (
                <div className="actions">
                  <Link to={`/checkins/${checkin.id}/edit`}>Change it</Link>
                  <DeleteCheckin
                    id={checkin.id}
                    shared={checkin.visibility === "shared"}
                    onDeleted={() => {
                      setFlash({ path: "/history", message: "Deleted." });
                      navigate("/history");
                    }}
                  />
                </div>
              ) : undefined
            }
          />
          {checkin.visibility === "shared" ? (
            <ReplyThread
              target={{ kind: "checkin", id: checkin.id }}
              share={shareTextOf(checkin)}
              sharerIsMe={checkin.mine}
              sharerName={checkin.mine ? me.user.displayName : checkin.author.displayName}
              partnerName={checkin.mine ? partnerName : checkin.author.displayName}
              title="Conversation"
            />
          ) : (
            <p className="muted">This one is private — only you can read it.</p>
          )}
        </div>
      ) : null}
      <p className="loop-links">
        {/* A private entry lives in my history; a shared one in what we share. */}
        {checkin?.mine && checkin.visibility === "private" ? (
          <Link to="/history">Back to your check-ins</Link>
        ) : (
          <Link to="/timeline">Back to what you share with each other</Link>
        )}
      </p>
    </Page>
  );
}
