import { Link, navigate, useLocation } from "../../router.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Page } from "../../ui/page.tsx";
import { AccessLogList } from "../access-log.tsx";
import { rangeFrom } from "../range.ts";
import { RangeForm } from "../summary/range-form.tsx";
import { SummaryView } from "../summary/summary-view.tsx";
import { NotVerified } from "../words.tsx";
import { SummaryActions } from "./summary-actions.tsx";
import { useClient } from "./use-client.ts";
import "../therapist.css";

/** /therapist/clients/:id — a couple's session summary for a range: print it, save it as PDF, or download JSON. */
export function ClientPage({ id }: { id: string }) {
  const { search } = useLocation();
  const range = rangeFrom(search);
  const { clients, client, ended, waiting, summary, log } = useClient(id, range);
  const back = (
    <p className="no-print">
      <Link to="/">← Your clients</Link>
    </p>
  );
  if (ended) {
    return (
      <Page title="Access has ended">
        {back}
        <p className="card" role="status">
          This couple's access for you has ended, so nothing of theirs is shown any more. If they want to share again, they will send you a new invite.
        </p>
      </Page>
    );
  }
  if (!client) {
    return (
      <Page title="Opening…">
        {back}
        {clients.error ? <LoadError error={clients.error} onRetry={() => void clients.refetch()} /> : <p className="loading">Looking…</p>}
      </Page>
    );
  }
  return (
    <Page title={client.coupleName} lead="Only what this couple chose to share. Each time you open or download it, they see it in their access log.">
      {back}
      <div className="no-print">
        <NotVerified />
      </div>
      {waiting ? <p className="card">Waiting for both partners to agree. Their summary appears here once they have.</p> : null}
      {!waiting ? (
        <>
          <RangeForm key={`${range.from}-${range.to}`} range={range} onRange={(r) => navigate(`/therapist/clients/${id}?from=${r.from}&to=${r.to}`)} />
          <SummaryActions grantId={id} range={range} />
          {summary.error ? <LoadError error={summary.error} onRetry={() => void summary.refetch()} /> : null}
          {summary.isPending ? <p className="loading">Gathering the summary…</p> : null}
          {summary.data ? <SummaryView summary={summary.data} /> : null}
          <section className="card stack no-print" aria-labelledby="th-mylog-title">
            <h2 id="th-mylog-title">Your access log</h2>
            <AccessLogList log={log} empty="Nothing opened yet." />
          </section>
        </>
      ) : null}
    </Page>
  );
}
