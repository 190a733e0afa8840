import { QUESTION_SETS, questionSettingsView, type QuestionSet } from "@attune/shared";
import { useQuery } from "@tanstack/react-query";
import { call } from "../api/client.ts";
import { keys } from "../data/keys.ts";

/** The query key of what a person told us fits them (sets, rough patch) and what is on for the couple. */
export const questionSettingsKey = [...keys.daily, "settings"] as const;

export function useQuestionSettings() {
  return useQuery({ queryKey: questionSettingsKey, queryFn: () => call("GET", "/api/daily-question/settings", questionSettingsView) });
}

const NONE: readonly QuestionSet[] = [];

/** The themed sets on for the couple (both chose them): the library shows their practices. */
export function useActiveSets(): readonly QuestionSet[] {
  const active = useQuestionSettings().data?.active;
  return active ? active.filter((t): t is QuestionSet => (QUESTION_SETS as readonly string[]).includes(t)) : NONE;
}
