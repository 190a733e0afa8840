import { UNREAD_COUNT_CAP } from "@attune/shared";
import { Link } from "../../router.tsx";
import { useMe } from "../../session/session.tsx";
import { longDate } from "../../ui/format.ts";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { CheckinCard } from "../checkin/checkin-card.tsx";
import "../loop.css";
import { PagedCheckins } from "../paged-checkins.tsx";
import { useTimeline } from "./use-timeline.ts";

const unreadText = (unread: number) => (unread === 1 ? "1 new check-in" : unread >= UNREAD_COUNT_CAP ? "Many new check-ins" : `${unread} new check-ins`);

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
      <PagedCheckins
        list={list}
        label="Shared check-ins"
        loadingText="Opening your timeline…"
        emptyText="Nothing shared yet. When one of you checks in and shares, it shows up here."
        endText="That's the beginning of what you've shared."
        header={
          unread > 0 ? (
            <p className="timeline__unread">
              <span aria-hidden="true">● </span>
              {unreadText(unread)} from {partner ?? "your partner"}
            </p>
          ) : null
        }
      >
        {(c) => (
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
        )}
      </PagedCheckins>
    </Page>
  );
}
