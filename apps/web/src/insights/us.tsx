import type { OurInsightsView } from "@attune/shared";
import "../ui/chart/chart.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { asFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { useMe } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { fetchOurs, setOptIn, type Weeks } from "./api.ts";
import { LoadError } from "../ui/load-error.tsx";

const pct = (r: number | null) => (r === null ? "no answers yet" : `${Math.round(r * 100)}%`);

/** "Our insights": both say yes, each on their own device; either can take it back at any time. */
export function OurInsights({ weeks }: { weeks: Weeks }) {
  const me = useMe();
  const client = useQueryClient();
  const ours = useQuery({ queryKey: [...keys.insights, "us", weeks], queryFn: () => fetchOurs(weeks), refetchInterval: 30_000 });
  const toggle = useMutation({ mutationFn: setOptIn, onSuccess: () => client.invalidateQueries({ queryKey: keys.insights }) });
  const partner = me.couple?.partner.displayName ?? "your partner";
  if (!me.couple) return null;
  const view: OurInsightsView | undefined = ours.data;
  return (
    <section className="ins-section" aria-labelledby="ins-us">
      <h2 id="ins-us">Our insights</h2>
      <p>How the two of you have been with each other, side by side. Only what you shared with each other counts, and it shows only while you both say yes.</p>
      {ours.error ? (
        <LoadError error={ours.error} onRetry={() => void ours.refetch()} />
      ) : (
        <Notice tone="error">{toggle.error ? asFailure(toggle.error).message : null}</Notice>
      )}
      {view ? (
        <>
          <p>
            {view.optIn.me ? "You said yes. " : "You haven't said yes yet. "}
            {view.optIn.partner ? `${partner} said yes.` : `${partner} hasn't said yes (yet).`}
          </p>
          <Button variant={view.optIn.me ? "secondary" : "primary"} busy={toggle.isPending} onClick={() => toggle.mutate(!view.optIn.me)}>
            {view.optIn.me ? "Stop showing our insights" : "Yes, show our insights"}
          </Button>
          {view.insights ? (
            <div className="ins-us">
              <table className="chart-table">
                <caption>The last {view.insights.weeks} weeks, the two of you</caption>
                <thead>
                  <tr>
                    <th scope="col">In these weeks</th>
                    <th scope="col">You</th>
                    <th scope="col">{partner}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">Shared a check-in</th>
                    <td>{view.insights.me.shared}</td>
                    <td>{view.insights.partner.shared}</td>
                  </tr>
                  <tr>
                    <th scope="row">Replied to the other</th>
                    <td>{view.insights.me.replied}</td>
                    <td>{view.insights.partner.replied}</td>
                  </tr>
                  <tr>
                    <th scope="row">Felt heard</th>
                    <td>{pct(view.insights.me.heardRate)}</td>
                    <td>{pct(view.insights.partner.heardRate)}</td>
                  </tr>
                </tbody>
              </table>
              <ul className="ins-facts">
                <li>
                  {view.insights.medianReplyHours === null
                    ? "No replies to shares yet in this period."
                    : `A share usually got its first reply within about ${view.insights.medianReplyHours} hours.`}
                </li>
                <li>Practices you finished together: {view.insights.practicesTogether}.</li>
                <li>Repairs you completed: {view.insights.repairsCompleted}.</li>
              </ul>
            </div>
          ) : null}
        </>
      ) : ours.isPending ? (
        <p className="loading">Opening…</p>
      ) : null}
    </section>
  );
}
