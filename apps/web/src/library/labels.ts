import type { Audience, Depth, LibraryKind, LibraryTopic, WeeklyPart } from "@attune/shared";

/** The words the library screens use for the data's fixed lists. */

export const KIND_LABELS: Record<LibraryKind, string> = {
  starter: "Conversation starter",
  exercise: "Exercise",
  repair_script: "Repair script",
  weekly_checkin: "Weekly check-in",
  celebration: "Celebrating good news",
};

export const DEPTH_LABELS: Record<Depth, string> = { light: "Light", medium: "Medium", deep: "Deep" };

export const AUDIENCE_LABELS: Record<Audience, string> = { one: "On your own", two: "For the two of you" };

export const PART_LABELS: Record<WeeklyPart, string> = {
  appreciation: "Appreciation",
  new_information: "Something new",
  puzzle: "A puzzle",
  complaint_with_request: "A complaint with a request",
  hope: "A hope",
};

export const topicLabel = (topic: LibraryTopic): string => topic.charAt(0).toUpperCase() + topic.slice(1);

export const minutesLabel = (minutes: number): string => `${minutes} min`;
