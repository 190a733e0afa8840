import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { PitfallId } from "@attune/coach";
import { keys } from "../data/keys.ts";
import { PITFALL_LABELS } from "../loop/coach/labels.ts";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { fetchMine, type Weeks } from "./api.ts";
import { EmotionChart } from "./emotion-chart.tsx";
import { Signs } from "./signs.tsx";
import { OurInsights } from "./us.tsx";
import "./insights.css";
import { LoadError } from "../ui/load-error.tsx";

const pct = (r: number | null) => (r === null ? null : `${Math.round(r * 100)}%`);
const pitfallLabel = (id: string) => (PITFALL_LABELS as Record<string, string>)[id as PitfallId] ?? id.replace(/_/g, " ");

export function InsightsPage() {
  const [weeks, setWeeks] = useState<Weeks>(4);
  const mine = useQuery({ queryKey: [...keys.insights, "me", weeks], queryFn: () => fetchMine(weeks) });
  const m = mine.data;
  return (
    <Page title="Insights" lead="How you've been, seen gently over weeks. Your insights are yours alone.">
      <fieldset className="ins-period">
        <legend>Look back over</legend>
        {([4, 12] as const).map((w) => (
          <label key={w}>
            <input type="radio" name="ins-weeks" value={w} checked={weeks === w} onChange={() => setWeeks(w)} /> The last {w} weeks
          </label>
        ))}
      </fieldset>
      {mine.error ? <LoadError error={mine.error} onRetry={() => void mine.refetch()} /> : <Notice tone="error" />}
      {mine.isPending ? <p className="loading">Opening…</p> : null}
      {m ? (
        <>
          <Signs signs={m.signs} muted={m.muted} />
          <section className="ins-section" aria-labelledby="ins-emotions">
            <h2 id="ins-emotions">Your emotions</h2>
            <EmotionChart weeks={m.emotions} />
          </section>
          <section className="ins-section" aria-labelledby="ins-themes">
            <h2 id="ins-themes">What keeps coming up</h2>
            {m.themes.length ? (
              <ul className="ins-themes">
                {m.themes.map((t) => (
                  <li key={t.word}>
                    {t.word} <span className="ins-muted-text">({t.count}×)</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>No feeling words yet. Naming a feeling in a check-in ("I felt…") shows it here.</p>
            )}
          </section>
          <section className="ins-section" aria-labelledby="ins-sharing">
            <h2 id="ins-sharing">Sharing and being heard</h2>
            <p>
              You checked in {m.sharing.checkins} {m.sharing.checkins === 1 ? "time" : "times"}, shared {m.sharing.shared} with your partner, and{" "}
              {m.sharing.repliedTo} of those got a reply.
            </p>
            <p>
              {m.heard.rate === null
                ? "You haven't said whether you felt heard yet in this period."
                : `You felt heard in ${m.heard.yes} of ${m.heard.yes + m.heard.no} answers (${pct(m.heard.rate)}).`}
            </p>
          </section>
          <section className="ins-section" aria-labelledby="ins-listening">
            <h2 id="ins-listening">You as a listener</h2>
            {m.listening.replies ? (
              <>
                <p>
                  {pct(m.listening.levelOneOrTwo)} of your {m.listening.replies} replies showed empathy (Level One or Two); {pct(m.listening.levelTwo)} reached
                  Level Two.
                  {m.listening.atStart !== null ? ` In your first replies with Attune it was ${pct(m.listening.atStart)}.` : ""}
                </p>
                {m.listening.topPitfalls.length ? (
                  <>
                    <p>What the coach noticed most often:</p>
                    <ul>
                      {m.listening.topPitfalls.map((p) => (
                        <li key={p.id}>
                          {pitfallLabel(p.id)} ({p.count}×)
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </>
            ) : (
              <p>No replies in this period yet.</p>
            )}
          </section>
        </>
      ) : null}
      <OurInsights weeks={weeks} />
    </Page>
  );
}
