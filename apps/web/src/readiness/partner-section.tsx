import { longDate } from "../ui/format.ts";
import type { PartnerResults } from "./api.ts";
import { ResultView } from "./result-view.tsx";
import { TrendChart } from "./trend-chart.tsx";

/** What my partner chose to share: their latest result, and their trend when there are several. */
export function PartnerSection({ partner, name }: { partner: PartnerResults; name: string }) {
  const latest = partner.results[0];
  return (
    <section className="card stack rt-partner" aria-labelledby="rt-partner-title">
      <h2 id="rt-partner-title">{name}'s shared results</h2>
      {latest ? (
        <>
          <p className="muted">
            {name} chose to share this with you, from <time dateTime={latest.takenAt}>{longDate(latest.takenAt)}</time>. It's how they see themselves right now,
            not a grade: a way to know what they're practising and how to cheer them on.
          </p>
          <ResultView result={latest} whose={name} />
          {partner.results.length > 1 ? <TrendChart results={partner.results} whose={name} /> : null}
        </>
      ) : (
        <p className="muted">When {name} chooses to share a result with you, it appears here.</p>
      )}
    </section>
  );
}
