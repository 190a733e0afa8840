import { dailyQuestionView, type DailyQuestionView } from "@attune/shared";
import { call } from "../api/client.ts";

export const fetchDaily = (day: string): Promise<DailyQuestionView> => call("GET", `/api/daily-question?day=${encodeURIComponent(day)}`, dailyQuestionView);
export const answerDaily = (day: string, text: string): Promise<DailyQuestionView> =>
  call("POST", "/api/daily-question/answer", dailyQuestionView, { day, text });
