import type { TodayItem } from "@attune/shared";
import type { ReactNode } from "react";
import { sharedWhen } from "./when.ts";

/** One line of the waiting list. */
export interface Line {
  key: string;
  text: ReactNode;
  to: string;
  action: string;
  /** The rest of the action for screen readers: "Reply" + " to Ana's check-in". */
  actionMore: string;
}

/** What one waiting item says, and where its button goes. */
export function lineOf(item: TodayItem, partner: string): Line {
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
