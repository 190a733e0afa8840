import type { TodayItem, TodayView } from "@attune/shared";
import type { ReactNode } from "react";
import { asFailure } from "../api/client.ts";
import { Link } from "../router.tsx";
import { Notice } from "../ui/notice.tsx";
import { useToday } from "./api.ts";
import { sharedWhen } from "./when.ts";
import "./today.css";

interface Line {
  key: string;
  text: ReactNode;
  to: string;
  action: string;
  /** The rest of the action for screen readers: "Reply" + " to Ana's check-in". */
  actionMore: string;
}

function lineOf(item: TodayItem, partner: string): Line {
  switch (item.kind) {
    case "partner_shared":
      return {
        key: `shared-${item.checkinId}`,
        text: `${partner} shared ${sharedWhen(item.sharedAt)}.`,
        to: `/checkins/${item.checkinId}`,
        action: "Reply",
        actionMore: ` to ${partner}'s check-in`,
      };
    case "daily_question":
      return item.partnerAnswered
        ? {
            key: "daily",
            text: `${partner} answered today's question — your turn, then you'll both see both.`,
            to: "/daily",
            action: "Answer",
            actionMore: " today's question",
          }
        : { key: "daily", text: "Your answer to today's question is waiting.", to: "/daily", action: "Answer", actionMore: " today's question" };
    case "repair":
      return {
        key: `repair-${item.repairId}`,
        text: item.startedByPartner ? `${partner} started a repair — when you're ready.` : `Your repair with ${partner} is ready for your next step.`,
        to: `/repair/${item.repairId}`,
        action: "Open",
        actionMore: " the repair",
      };
    case "replies": {
      const what = item.targetKind === "checkin" ? "your check-in" : "your answer";
      return {
        key: `replies-${item.targetId}`,
        text: `${item.unread === 1 ? "A new reply" : `${item.unread} new replies`} from ${partner} to ${what}.`,
        to: item.targetKind === "checkin" ? `/checkins/${item.targetId}` : "/daily",
        action: "Read",
        actionMore: ` ${partner}'s ${item.unread === 1 ? "reply" : "replies"} to ${what}`,
      };
    }
    case "temperature":
      return {
        key: `temperature-${item.readingId}`,
        text: item.partnerFinished
          ? `${partner} finished their part of your temperature reading — yours opens both.`
          : item.startedByPartner
            ? `${partner} started a temperature reading — join when you're ready.`
            : "Your temperature reading is open.",
        to: "/temperature",
        action: "Open",
        actionMore: " the temperature reading",
      };
    case "practice":
      return {
        key: `practice-${item.tryId}`,
        text: item.invitedByPartner ? (
          <>
            {partner} invited you to try <q>{item.title}</q>.
          </>
        ) : (
          <>
            You're trying <q>{item.title}</q> together.
          </>
        ),
        to: `/library/${item.itemId}`,
        action: "Open",
        actionMore: ` ${item.title}`,
      };
  }
}

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
      {today.error ? <Notice tone="error">{asFailure(today.error).message}</Notice> : null}
      {today.data ? <TodayLines view={today.data} /> : today.isPending ? <p className="muted">Looking at what's new…</p> : null}
    </section>
  );
}
