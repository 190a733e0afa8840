import { READINESS_ITEMS, READINESS_PRIVACY_NOTE, type ReadinessAnswers, type ReadinessResultView } from "@attune/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { asFailure } from "../api/client.ts";
import { usePartnerEvents, type PartnerEventType } from "../live/events.ts";
import { useMe } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { dateTime, longDate } from "../ui/format.ts";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { fetchPartnerResults, fetchResults, submitAnswers, type PartnerResults } from "./api.ts";
import { ResultActions } from "./result-actions.tsx";
import { ResultView } from "./result-view.tsx";
import { TestForm } from "./test-form.tsx";
import { TrendChart } from "./trend-chart.tsx";
// The radio scale and tags share the daily loop's look.
import "../loop/loop.css";
import "./readiness.css";

const READINESS_EVENTS: readonly PartnerEventType[] = ["readiness"];

/**
 * /readiness — the Relationship Readiness Test: an intro with the privacy note, the
 * 36 statements, and results with retakes over time; plus what my partner chose to share.
 */
export function ReadinessPage() {
  const me = useMe();
  const partnerName = me.couple?.partner.displayName ?? null;
  const [results, setResults] = useState<ReadinessResultView[] | null>(null);
  const [partner, setPartner] = useState<PartnerResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [taking, setTaking] = useState(false);
  const [answers, setAnswers] = useState<ReadinessAnswers>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  const load = useCallback(async () => {
    try {
      const [mine, theirs] = await Promise.all([fetchResults(), fetchPartnerResults()]);
      setResults(mine);
      setPartner(theirs);
      setError(null);
    } catch (e) {
      setError(asFailure(e).message);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // A result the partner shares, stops sharing or deletes shows without a reload; a
  // failed look leaves what is shown (the next event or a reload tries again).
  usePartnerEvents(READINESS_EVENTS, () => void fetchPartnerResults().then(setPartner, () => undefined));

  useEffect(() => {
    if (!taking && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [taking, results]);

  const selected = results?.find((r) => r.id === selectedId) ?? results?.[0] ?? null;
  const answered = Object.keys(answers).length;

  const start = () => {
    setNews(null);
    setTaking(true);
    window.scrollTo({ top: 0 });
  };

  const replace = (r: ReadinessResultView) => setResults((list) => (list ?? []).map((x) => (x.id === r.id ? r : x)));

  return (
    <Page title="Relationship Readiness Test" lead="How you show up for your partner right now: listening, validating, opening up, repair, curiosity and shared joy.">
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}{" "}
          <Button variant="quiet" onClick={() => void load()}>
            Try again
          </Button>
        </div>
      ) : null}
      {taking ? (
        <>
          <PrivacyNote />
          <TestForm
            answers={answers}
            onAnswer={(itemId, value) => setAnswers((a) => ({ ...a, [itemId]: value }))}
            onCancel={() => setTaking(false)}
            onSubmit={async (body) => {
              const created = await submitAnswers(body);
              setResults((list) => [created, ...(list ?? [])]);
              setSelectedId(created.id);
              setAnswers({});
              setNews("Thank you for taking the time. Here is your snapshot.");
              focusResults.current = true;
              setTaking(false);
            }}
          />
        </>
      ) : null}
      {!taking && results === null && !error ? <p className="loading">Opening…</p> : null}
      {!taking && results !== null ? (
        <>
          <Notice tone="success">{news}</Notice>
          {results.length === 0 ? (
            <section className="card stack rt-intro" aria-labelledby="rt-intro-title">
              <h2 id="rt-intro-title">Before you start</h2>
              <p>
                {READINESS_ITEMS.length} short statements, each rated from "Not like me" to "Very much like me". It takes about eight minutes. Afterwards you'll see a
                score for each of six areas, what it means, your strongest area and one area to grow, with three small exercises.
              </p>
              <PrivacyNote />
              <div className="actions">
                <Button onClick={start}>{answered > 0 ? `Continue (${answered} of ${READINESS_ITEMS.length} answered)` : "Start the test"}</Button>
              </div>
            </section>
          ) : (
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
                  <ResultActions
                    key={selected.id}
                    result={selected}
                    partnerName={partnerName}
                    onChange={(r) => {
                      replace(r);
                      setNews(r.sharedWithPartner ? `Shared with ${partnerName ?? "your partner"}.` : "Only you can see it now.");
                    }}
                    onDeleted={(id) => {
                      setResults((list) => (list ?? []).filter((r) => r.id !== id));
                      setSelectedId(null);
                      setNews("Deleted.");
                      resultsHeading.current?.focus();
                    }}
                  />
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
                            <Button
                              variant="quiet"
                              onClick={() => {
                                setSelectedId(r.id);
                                resultsHeading.current?.focus();
                              }}
                            >
                              See these results<span className="loop-sr-only"> from {longDate(r.takenAt)}</span>
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <div className="actions">
                  <Button variant="secondary" onClick={start}>
                    {answered > 0 ? `Continue the retake (${answered} of ${READINESS_ITEMS.length})` : "Take the test again"}
                  </Button>
                </div>
              </section>
            </>
          )}
          {partner?.linked ? <PartnerSection partner={partner} name={partnerName ?? "Your partner"} /> : null}
        </>
      ) : null}
    </Page>
  );
}

function PrivacyNote() {
  return (
    <p className="rt-privacy">
      {READINESS_PRIVACY_NOTE}
    </p>
  );
}

function PartnerSection({ partner, name }: { partner: PartnerResults; name: string }) {
  const latest = partner.results[0];
  return (
    <section className="card stack rt-partner" aria-labelledby="rt-partner-title">
      <h2 id="rt-partner-title">{name}'s shared results</h2>
      {latest ? (
        <>
          <p className="muted">
            {name} chose to share this with you, from <time dateTime={latest.takenAt}>{longDate(latest.takenAt)}</time>. It's how they see themselves right now, not a
            grade: a way to know what they're practising and how to cheer them on.
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
