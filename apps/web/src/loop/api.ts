import {
  checkinPage,
  checkinView,
  promptView,
  replyView,
  type CheckinBody,
  type CheckinPage,
  type CheckinPatch,
  type CheckinView,
  type FeedbackBody,
  type ReplyView,
} from "@attune/shared";
import { z } from "zod";
import { call, callVoid } from "../api/client.ts";

/** The daily-loop endpoints, typed by the shared schemas. */

const enc = encodeURIComponent;
const timelinePage = checkinPage.extend({ unread: z.number().int() });
export type TimelinePage = z.infer<typeof timelinePage>;

const pageQuery = (before: string | null, limit: number) => `?limit=${limit}${before ? `&before=${enc(before)}` : ""}`;

export const fetchPrompt = (day: string) => call("GET", `/api/prompts/mind-heart?day=${enc(day)}`, promptView);
export const createCheckin = (body: CheckinBody): Promise<CheckinView> => call("POST", "/api/checkins", checkinView, body);
export const fetchMine = (before: string | null, limit = 10): Promise<CheckinPage> => call("GET", `/api/checkins/mine${pageQuery(before, limit)}`, checkinPage);
export const fetchTimeline = (before: string | null, limit = 10): Promise<TimelinePage> =>
  call("GET", `/api/timeline${pageQuery(before, limit)}`, timelinePage);
export const fetchCheckin = (id: string) => call("GET", `/api/checkins/${enc(id)}`, checkinView);
export const updateCheckin = (id: string, patch: CheckinPatch) => call("PATCH", `/api/checkins/${enc(id)}`, checkinView, patch);
export const deleteCheckin = (id: string) => callVoid("DELETE", `/api/checkins/${enc(id)}`);
export const markRead = (id: string) => callVoid("POST", `/api/checkins/${enc(id)}/read`);

/** What a reply thread hangs on: a check-in or a daily-question answer. */
export interface ReplyTarget {
  kind: "checkin" | "answer";
  id: string;
}
const targetPath = (t: ReplyTarget) => `/api/${t.kind === "checkin" ? "checkins" : "answers"}/${enc(t.id)}/replies`;
const replyList = z.object({ replies: z.array(replyView) });

export const fetchReplies = async (t: ReplyTarget): Promise<ReplyView[]> => (await call("GET", targetPath(t), replyList)).replies;
export const sendReply = (t: ReplyTarget, body: string): Promise<ReplyView> => call("POST", targetPath(t), replyView, { body });
export const sendFeedback = (replyId: string, body: FeedbackBody): Promise<ReplyView> => call("POST", `/api/replies/${enc(replyId)}/feedback`, replyView, body);
