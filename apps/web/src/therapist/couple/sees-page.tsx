import { useQuery } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { Link, navigate, useLocation } from "../../router.tsx";
import { LoadError } from "../../ui/load-error.tsx";
import { Page } from "../../ui/page.tsx";
import { grantSummary } from "../api.ts";
import { rangeFrom } from "../range.ts";
import { RangeForm } from "../summary/range-form.tsx";
import { SummaryView } from "../summary/summary-view.tsx";
import { HiddenEntries, HideButton, useExclusions } from "./hidden-entries.tsx";
import "../therapist.css";

/** /account/therapist/:id/sees — exactly what the therapist would see for a range, with "Hide from therapist" on each entry. */
export function SeesPage({ id }: { id: string }) {
  const { search } = useLocation();
  const range = rangeFrom(search);
  const summary = useQuery({ queryKey: keys.therapistGrant(id, "summary", range.from, range.to), queryFn: () => grantSummary(id, range.from, range.to) });
  const exclusions = useExclusions(id);
  return (
    <Page title="What your therapist sees" lead="The same summary your therapist can open for these weeks. Looking at it here is not logged as their read.">
      <p className="no-print">
        <Link to={`/account/therapist/${id}`}>← Back to this sharing</Link>
      </p>
      <RangeForm key={`${range.from}-${range.to}`} range={range} onRange={(r) => navigate(`/account/therapist/${id}/sees?from=${r.from}&to=${r.to}`)} />
      {summary.error ? <LoadError error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.isPending ? <p className="loading">Gathering the summary…</p> : null}
      {summary.data ? (
        <SummaryView summary={summary.data} hide={(kind, entryId, what) => <HideButton exclusions={exclusions} kind={kind} entryId={entryId} what={what} />} />
      ) : null}
      <HiddenEntries exclusions={exclusions} />
    </Page>
  );
}
