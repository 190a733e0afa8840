import { CORE_EMOTIONS, INTENSITY_LABELS, type CheckinView } from "@attune/shared";
import type { ReactNode } from "react";
import { dayLabel } from "../day.ts";

const NAMES = { mad: "Mad", sad: "Sad", glad: "Glad", fear: "Fear" } as const;

/** The emotions that showed up, strongest first: "Sad · quite a bit". */
export function emotionSummary(c: Pick<CheckinView, "emotions">): { name: string; level: number; label: string }[] {
  return CORE_EMOTIONS.map((e) => ({ name: NAMES[e], level: c.emotions[e], label: INTENSITY_LABELS[c.emotions[e]] ?? "" }))
    .filter((e) => e.level > 0)
    .sort((a, b) => b.level - a.level);
}

/** A check-in to read: whose, which day, how it felt, its words. `heading` sets the title element. */
export function CheckinCard({
  checkin,
  title,
  footer,
  headingLevel = 2,
}: {
  checkin: CheckinView;
  title?: ReactNode;
  footer?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const feelings = emotionSummary(checkin);
  return (
    <article className={checkin.unread ? "checkin-card card checkin-card--unread" : "checkin-card card"}>
      <header className="checkin-card__head">
        <H className="checkin-card__title">{title ?? `${checkin.mine ? "You" : checkin.author.displayName} · ${dayLabel(checkin.day)}`}</H>
        <p className="checkin-card__tags">
          {checkin.unread ? (
            <span className="tag tag--new">
              <span aria-hidden="true">● </span>New
            </span>
          ) : null}
          <span className="tag">{checkin.visibility === "shared" ? "Shared" : "Private"}</span>
        </p>
      </header>
      {feelings.length > 0 ? (
        <ul className="feelings" aria-label="Feelings">
          {feelings.map((f) => (
            <li key={f.name} className={`feeling feeling--${f.level}`}>
              <strong>{f.name}</strong> · {f.label}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No strong feelings marked.</p>
      )}
      {checkin.mindHeart ? (
        <div className="checkin-card__mind">
          {checkin.promptText ? <p className="checkin-card__prompt">{checkin.promptText}</p> : null}
          <p className="checkin-card__text">{checkin.mindHeart}</p>
        </div>
      ) : null}
      {checkin.high || checkin.low ? (
        <dl className="highlow">
          {checkin.high ? (
            <div>
              <dt>
                <span aria-hidden="true">↑ </span>High
              </dt>
              <dd>{checkin.high}</dd>
            </div>
          ) : null}
          {checkin.low ? (
            <div>
              <dt>
                <span aria-hidden="true">↓ </span>Low
              </dt>
              <dd>{checkin.low}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {footer ? <footer className="checkin-card__foot">{footer}</footer> : null}
    </article>
  );
}
