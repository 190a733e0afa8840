import { THERAPIST_SCOPE_TEXT, type TherapistScope } from "@attune/shared";
import type { ReactNode } from "react";
import { dateTime, longDate } from "../../ui/format.ts";
import { DailyAnswers, SharedCheckins } from "./entries.tsx";
import { CoachLevels } from "./coach-levels.tsx";
import { EmotionTrends, OurInsights } from "./measures.tsx";
import { ReadinessResults, Repairs } from "./outcomes.tsx";
import type { HideControl, Summary } from "./types.ts";

/**
 * The session summary, the same for the therapist and for the couple's "What your therapist
 * sees" (which adds `hide` to each entry). A section shows only when its scope is granted.
 */
export function SummaryView({ summary, hide }: { summary: Summary; hide?: HideControl }) {
  const s = summary;
  const title = (scope: TherapistScope) => THERAPIST_SCOPE_TEXT[scope].title;
  const sections: [string, ReactNode][] = [];
  if (s.emotions) sections.push(["Feelings over time", <EmotionTrends key="EmotionTrends" summary={s} data={s.emotions} />]);
  if (s.ourInsights) sections.push([title("our_insights"), <OurInsights key="OurInsights" summary={s} data={s.ourInsights} />]);
  if (s.readiness) sections.push([title("readiness"), <ReadinessResults key="ReadinessResults" summary={s} data={s.readiness} hide={hide} />]);
  if (s.repairs) sections.push([title("repairs"), <Repairs key="Repairs" data={s.repairs} hide={hide} />]);
  if (s.coachLevels) sections.push([title("coach_levels"), <CoachLevels key="CoachLevels" summary={s} data={s.coachLevels} />]);
  if (s.sharedCheckins) sections.push([title("shared_checkins"), <SharedCheckins key="SharedCheckins" summary={s} data={s.sharedCheckins} hide={hide} />]);
  if (s.dailyAnswers) sections.push([title("daily_answers"), <DailyAnswers key="DailyAnswers" summary={s} data={s.dailyAnswers} hide={hide} />]);
  return (
    <article className="th-summary" aria-labelledby="th-summary-title">
      <header className="th-summary__head">
        <h2 id="th-summary-title">
          {s.coupleName}: {longDate(s.from)} – {longDate(s.to)}
        </h2>
        <p className="muted">Made {dateTime(s.generatedAt)} from what the couple chose to share.</p>
      </header>
      {sections.length === 0 ? <p>Nothing is shared for these weeks.</p> : null}
      {sections.map(([heading, body], i) => (
        <section key={heading} className="th-summary__section" aria-labelledby={`th-s-${i}`}>
          <h3 id={`th-s-${i}`}>{heading}</h3>
          {body}
        </section>
      ))}
    </article>
  );
}
