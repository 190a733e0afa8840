import type { CheckinView } from "@attune/shared";
import { Link } from "../../router.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { fetchMine } from "../api.ts";
import { dayLabel } from "../day.ts";
import "../loop.css";
import { ShowEarlier } from "../show-earlier.tsx";
import { usePaged } from "../use-paged.ts";
import { CheckinCard } from "./checkin-card.tsx";
import { DeleteCheckin } from "./delete-checkin.tsx";

/** /history — my check-ins, one per day, latest first, private and shared alike. */
export function HistoryPage() {
  const list = usePaged<CheckinView>((before) => fetchMine(before, 10));
  return (
    <Page title="Your check-ins" lead="Day by day, what you've noticed in yourself. Private entries are for your eyes only.">
      {list.error ? <Notice tone="error">{list.error}</Notice> : null}
      {list.items === null && !list.error ? <p className="loading">Opening your journal…</p> : null}
      {list.items && list.items.length === 0 ? (
        <div className="card empty">
          <p>No check-ins yet. The first one takes less than a minute.</p>
          <p>
            <Link to="/check-in" className="button button--primary">
              Check in now
            </Link>
          </p>
        </div>
      ) : null}
      {list.items && list.items.length > 0 ? (
        <ol className="timeline" aria-label="Your check-ins by day">
          {list.items.map((c) => (
            <li key={c.id}>
              <CheckinCard
                checkin={c}
                title={dayLabel(c.day)}
                footer={
                  <div className="actions">
                    <Link to={`/checkins/${c.id}`}>
                      Open{c.replyCount > 0 ? ` · ${c.replyCount} ${c.replyCount === 1 ? "reply" : "replies"}` : ""}
                      <span className="loop-sr-only"> {dayLabel(c.day)}</span>
                    </Link>
                    <Link to={`/checkins/${c.id}/edit`}>
                      Change<span className="loop-sr-only"> {dayLabel(c.day)}</span>
                    </Link>
                    <DeleteCheckin id={c.id} shared={c.visibility === "shared"} onDeleted={() => list.setItems((items) => items.filter((i) => i.id !== c.id))} />
                  </div>
                }
              />
            </li>
          ))}
        </ol>
      ) : null}
      {list.items && list.items.length > 0 ? <ShowEarlier hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} endText="That's your very first check-in." /> : null}
    </Page>
  );
}
