import type { TodayView } from "@attune/shared";
import { Link } from "../router.tsx";
import { useToday } from "./api.ts";
import { lineOf } from "./today-line.tsx";
import "./today.css";
import { LoadError } from "../ui/load-error.tsx";

/** The waiting list itself, for a loaded view. */
export function TodayLines({ view }: { view: TodayView }) {
  const partner = view.partnerName ?? "Your partner";
  if (view.items.length === 0) {
    return <p className="today__calm">Nothing is waiting for you. A small moment of connection is enough for today.</p>;
  }
  return (
    <ul className="today__list">
      {view.items.map((item) => {
        const line = lineOf(item, partner);
        return (
          <li key={line.key} className={`today__item today__item--${item.kind}`}>
            <p className="today__text">{line.text}</p>
            <Link to={line.to} className="button button--secondary today__action">
              {line.action}
              <span className="visually-hidden">{line.actionMore}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Home's first section: what matters now, for a linked person. */
export function TodaySection() {
  const today = useToday();
  return (
    <section className="card today" aria-labelledby="today-title" aria-busy={today.isPending || undefined}>
      <h2 id="today-title">What's waiting{today.data && today.count > 0 ? <span className="today__count"> · {today.count}</span> : null}</h2>
      {today.error ? <LoadError error={today.error} onRetry={() => void today.refetch()} /> : null}
      {today.data ? <TodayLines view={today.data} /> : today.isPending ? <p className="muted">Looking at what's new…</p> : null}
    </section>
  );
}
