import type { ReadinessResultView } from "@attune/shared";
import { READINESS_ITEMS } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { dateTime, longDate } from "../ui/format.ts";
import { ResultActions } from "./result-actions.tsx";
import { ResultView } from "./result-view.tsx";
import { TrendChart } from "./trend-chart.tsx";
import type { Readiness } from "./use-readiness.ts";

/** My chosen attempt with its actions, then every attempt over time and a retake. */
export function MyResults({
  rt,
  results,
  partnerName,
  answered,
}: {
  rt: Readiness;
  results: ReadinessResultView[];
  partnerName: string | null;
  answered: number;
}) {
  const { selected, resultsHeading } = rt;
  return (
    <>
      {selected ? (
        <section className="card stack rt-mine" aria-labelledby="rt-results-title">
          <div className="rt-mine__head">
            <h2 id="rt-results-title" ref={resultsHeading} tabIndex={-1}>
              Your results
            </h2>
            <p className="muted">
              Taken <time dateTime={selected.takenAt}>{dateTime(selected.takenAt)}</time>
              {selected.id !== results[0]?.id ? " (an earlier attempt)" : ""}
            </p>
          </div>
          <ResultView result={selected} />
          <ResultActions key={selected.id} result={selected} partnerName={partnerName} onChange={(r) => rt.changed(r, partnerName)} onDeleted={rt.deleted} />
        </section>
      ) : null}
      <section className="card stack" aria-labelledby="rt-over-time-title">
        <h2 id="rt-over-time-title">Over time</h2>
        {results.length >= 2 ? (
          <TrendChart results={results} />
        ) : (
          <p className="muted">Take the test again in a few weeks, after some practice, and you'll see here how each area moves.</p>
        )}
        {results.length >= 2 ? (
          <>
            <h3>Every attempt</h3>
            <ul className="rt-attempts">
              {results.map((r) => (
                <li key={r.id}>
                  <span>
                    <time dateTime={r.takenAt}>{dateTime(r.takenAt)}</time>
                    {r.sharedWithPartner ? <span className="tag rt-band--strong"> Shared</span> : null}
                  </span>
                  {r.id === selected?.id ? (
                    <span className="muted">Showing above</span>
                  ) : (
                    <Button variant="quiet" onClick={() => rt.show(r.id)}>
                      See these results<span className="loop-sr-only"> from {longDate(r.takenAt)}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="actions">
          <Button variant="secondary" onClick={rt.start}>
            {answered > 0 ? `Continue the retake (${answered} of ${READINESS_ITEMS.length})` : "Take the test again"}
          </Button>
        </div>
      </section>
    </>
  );
}
