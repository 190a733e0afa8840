import { longDate } from "../../ui/format.ts";
import { UNREAD_COUNT_CAP } from "@attune/shared";
import { Link } from "../../router.tsx";
import { useMe } from "../../session/session.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { CheckinCard } from "../checkin/checkin-card.tsx";
import "../loop.css";
import { ShowEarlier } from "../show-earlier.tsx";
import { useTimeline } from "./use-timeline.ts";

/** /timeline: what we've shared with each other, newest first, live. */
export function TimelinePage() {
  const me = useMe();
  const partner = me.couple?.partner.displayName ?? null;
  const { list, unread, news } = useTimeline();

  return (
    <Page title="Shared with each other" lead={partner ? `What you and ${partner} have shared, newest first.` : "Link with your partner to share check-ins."}>
      {!partner ? (
        <p>
          <Link to="/partner">Link with your partner</Link> to see each other's check-ins here.
        </p>
      ) : null}
      <Notice tone="info">{news}</Notice>
      {list.error ? <LoadError error={list.error} onRetry={list.retry} /> : null}
      {list.items === null && !list.error ? <p className="loading">Opening your timeline…</p> : null}
      {list.items && unread > 0 ? (
        <p className="timeline__unread">
          <span aria-hidden="true">● </span>
          {unread === 1 ? "1 new check-in" : unread >= UNREAD_COUNT_CAP ? "Many new check-ins" : `${unread} new check-ins`} from {partner ?? "your partner"}
        </p>
      ) : null}
      {list.items && list.items.length === 0 ? (
        <div className="card empty">
          <p>Nothing shared yet. When one of you checks in and shares, it shows up here.</p>
          <p>
            <Link to="/check-in" className="button button--primary">
              Check in now
            </Link>
          </p>
        </div>
      ) : null}
      {list.items && list.items.length > 0 ? (
        <ol className="timeline" aria-label="Shared check-ins">
          {list.items.map((c) => (
            <li key={c.id}>
              <CheckinCard
                checkin={c}
                footer={
                  <Link to={`/checkins/${c.id}`} className="checkin-card__open">
                    {c.mine ? "Open" : "Open and reply"}
                    {c.replyCount > 0 ? ` · ${c.replyCount} ${c.replyCount === 1 ? "reply" : "replies"}` : ""}
                    <span className="loop-sr-only">
                      {" "}
                      to {c.mine ? "your" : `${c.author.displayName}'s`} check-in from {longDate(c.day)}
                    </span>
                  </Link>
                }
              />
            </li>
          ))}
        </ol>
      ) : null}
      {list.items && list.items.length > 0 ? (
        <ShowEarlier hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} endText="That's the beginning of what you've shared." />
      ) : null}
    </Page>
  );
}
