import type { CheckinView } from "@attune/shared";
import { useQueryClient } from "@tanstack/react-query";
import { keys, LOOP_AREAS } from "../../data/keys.ts";
import { Link } from "../../router.tsx";
import { Page } from "../../ui/page.tsx";
import { fetchMine } from "../api.ts";
import { dayLabel } from "../day.ts";
import "../loop.css";
import { PagedCheckins } from "../paged-checkins.tsx";
import { usePagedQuery } from "../use-paged-query.ts";
import { CheckinCard } from "./checkin-card.tsx";
import { DeleteCheckin } from "./delete-checkin.tsx";

/** /history — my check-ins, one per day, latest first, private and shared alike. */
export function HistoryPage() {
  const client = useQueryClient();
  const list = usePagedQuery<CheckinView, Awaited<ReturnType<typeof fetchMine>>>(keys.history, (before) => fetchMine(before, 10));
  return (
    <Page title="Your check-ins" lead="Day by day, what you've noticed in yourself. Private entries are for your eyes only.">
      <PagedCheckins
        list={list}
        label="Your check-ins by day"
        loadingText="Opening your journal…"
        emptyText="No check-ins yet. The first one takes less than a minute."
        endText="That's your very first check-in."
      >
        {(c) => (
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
                <DeleteCheckin
                  id={c.id}
                  shared={c.visibility === "shared"}
                  onDeleted={() => LOOP_AREAS.forEach((queryKey) => void client.invalidateQueries({ queryKey }))}
                />
              </div>
            }
          />
        )}
      </PagedCheckins>
    </Page>
  );
}
