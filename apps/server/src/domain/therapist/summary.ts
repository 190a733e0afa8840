import {
  firstName,
  questionById,
  readinessResultSchema,
  REPAIR_STEPS,
  repairStateSchema,
  type RepairStep,
  type TherapistScope,
  type TherapistSummaryView,
} from "@attune/shared";
import type { InsightReplyRow, TherapistExclusionRecord } from "../../storage/store.ts";
import type { DomainDeps } from "../deps.ts";
import { DomainError } from "../errors.ts";
import type { GrantInContext } from "./grants.ts";

/**
 * The session summary: built only from the granted scopes, only from the couple's CURRENT
 * linkage (every source is read by the couple's id, and nothing made before they linked),
 * never from anything private (private check-ins, partner-map notes, sealed or unrevealed
 * words, the words of a repair), and without the entries a partner excluded.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_RANGE_DAYS = 366;

export interface SummaryRange {
  from: string;
  to: string;
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Monday of the week a day is in (UTC). */
const weekStart = (day: string) => {
  const ms = dayStart(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return isoDay(ms - weekday * DAY_MS);
};
const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

export function checkRange(range: SummaryRange): void {
  const from = dayStart(range.from);
  const to = dayStart(range.to);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new DomainError("validation_failed", "Use dates as YYYY-MM-DD.", { field: "from" });
  if (to < from) throw new DomainError("validation_failed", "The range ends before it starts.", { field: "to" });
  if ((to - from) / DAY_MS >= MAX_RANGE_DAYS) throw new DomainError("validation_failed", "Choose a range of at most a year.", { field: "to" });
}

/** Steps a repair got through, in order; nothing of a repair that never passed its safety check. */
function stepsReached(step: RepairStep): string[] {
  const order = REPAIR_STEPS.slice(0, REPAIR_STEPS.indexOf("done") + 1);
  if (step === "done") return [...order];
  const at = order.indexOf(step);
  return at < 0 ? [] : order.slice(0, at);
}

export async function buildSummary(
  deps: DomainDeps,
  ctx: GrantInContext,
  scopes: readonly TherapistScope[],
  range: SummaryRange,
): Promise<TherapistSummaryView> {
  checkRange(range);
  const { grant, couple } = ctx;
  const { store } = deps;
  const has = (scope: TherapistScope) => scopes.includes(scope);
  const excluded = await store.therapistGrants.exclusions(grant.id);
  const hidden = (kind: TherapistExclusionRecord["kind"], id: string) => excluded.some((e) => e.kind === kind && e.entryId === id);
  // Nothing from before they linked, whatever range is asked.
  const since = Math.max(dayStart(range.from), couple.since);
  const until = dayStart(range.to) + DAY_MS;
  const inRange = (ms: number) => ms >= since && ms < until;
  const members = couple.members.slice(0, 2);
  const partners = members.map((m) => ({ id: m.id, displayName: m.displayName })) as TherapistSummaryView["partners"];

  const needCheckins = has("shared_checkins") || has("our_insights");
  const checkins = needCheckins
    ? (await store.therapistSources.sharedCheckins(grant.coupleId, range.from, range.to)).filter((c) => c.createdAt >= couple.since && !hidden("checkin", c.id))
    : [];
  const needReplies = has("our_insights") || has("coach_levels");
  const replyRows: InsightReplyRow[] = needReplies
    ? (await store.insights.replies(grant.coupleId, since)).filter(
        (r) => r.createdAt < until && !hidden(r.targetKind === "checkin" ? "checkin" : "daily_answer", r.targetId),
      )
    : [];

  let sharedCheckins: TherapistSummaryView["sharedCheckins"] = null;
  let emotions: TherapistSummaryView["emotions"] = null;
  if (has("shared_checkins")) {
    const replies = await store.therapistSources.repliesTo(
      grant.coupleId,
      checkins.map((c) => c.id),
    );
    sharedCheckins = checkins.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      day: c.day,
      emotions: c.emotions,
      text: [c.high, c.low, c.mindHeart].filter((t) => t.trim() !== "").join("\n"),
      replies: replies
        .filter((r) => r.targetId === c.id)
        .map((r) => ({ authorId: r.authorId, body: r.body, at: new Date(r.createdAt).toISOString(), heard: r.feedback?.heard ?? null })),
    }));
    emotions = members.map((m) => {
      const byWeek = new Map<string, typeof checkins>();
      for (const c of checkins.filter((x) => x.authorId === m.id)) {
        const week = weekStart(c.day);
        byWeek.set(week, [...(byWeek.get(week) ?? []), c]);
      }
      return {
        personId: m.id,
        weeks: [...byWeek.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([week, list]) => ({
            weekStart: week,
            checkins: list.length,
            mad: mean(list.map((c) => c.emotions.mad)),
            sad: mean(list.map((c) => c.emotions.sad)),
            glad: mean(list.map((c) => c.emotions.glad)),
            fear: mean(list.map((c) => c.emotions.fear)),
          })),
      };
    });
  }

  let ourInsights: TherapistSummaryView["ourInsights"] = null;
  if (has("our_insights")) {
    const optedIn = await store.insights.optedIn(grant.coupleId);
    // Shown to the therapist only while both partners said yes to "our insights" themselves.
    if (members.length === 2 && members.every((m) => optedIn.includes(m.id))) {
      const tries = await store.library.triesForCouple(grant.coupleId);
      const repairs = await store.therapistSources.repairs(grant.coupleId);
      ourInsights = {
        shares: Object.fromEntries(members.map((m) => [m.id, checkins.filter((c) => c.authorId === m.id).length])),
        replies: Object.fromEntries(members.map((m) => [m.id, replyRows.filter((r) => r.authorId === m.id).length])),
        feltHeardRate: Object.fromEntries(
          members.map((m) => {
            const answered = replyRows.filter((r) => r.toId === m.id && r.heard !== null);
            return [m.id, rate(answered.filter((r) => r.heard).length, answered.length)];
          }),
        ),
        practicesTogether: tries.filter((t) => t.inviterDoneAt !== null && t.partnerDoneAt !== null && inRange(Math.max(t.inviterDoneAt, t.partnerDoneAt)))
          .length,
        repairsCompleted: repairs.filter(
          (r) => !r.open && !hidden("repair", r.id) && inRange(r.updatedAt) && repairStateSchema.safeParse(r.state).data?.step === "done",
        ).length,
      };
    }
  }

  let dailyAnswers: TherapistSummaryView["dailyAnswers"] = null;
  if (has("daily_answers")) {
    const answers = (await store.therapistSources.answers(grant.coupleId, range.from, range.to)).filter((a) => a.createdAt >= couple.since);
    const days = [...new Set(answers.map((a) => a.day))].sort();
    dailyAnswers = days.flatMap((day) => {
      const ofDay = answers.filter((a) => a.day === day);
      // Revealed only when both answered: one answer alone is still sealed.
      if (!members.every((m) => ofDay.some((a) => a.userId === m.id))) return [];
      const shown = ofDay.filter((a) => !hidden("daily_answer", a.id));
      if (!shown.length) return [];
      return [
        { day, question: questionById(ofDay[0]?.questionId ?? "")?.text ?? "", answers: shown.map((a) => ({ id: a.id, authorId: a.userId, text: a.text })) },
      ];
    });
  }

  let readiness: TherapistSummaryView["readiness"] = null;
  if (has("readiness")) {
    const results = (await store.therapistSources.sharedReadiness(grant.coupleId)).filter(
      (r) => r.createdAt >= couple.since && !hidden("readiness_result", r.id),
    );
    readiness = members.map((m) => {
      const mine = results
        .filter((r) => r.userId === m.id)
        .flatMap((r) => {
          const parsed = readinessResultSchema.safeParse(r.result);
          return parsed.success ? [{ record: r, result: parsed.data }] : [];
        });
      return {
        personId: m.id,
        results: mine.flatMap((entry, i) => {
          if (!inRange(entry.record.createdAt)) return [];
          const before = mine[i - 1]?.result;
          return [
            {
              id: entry.record.id,
              takenAt: new Date(entry.record.createdAt).toISOString(),
              subscales: entry.result.subscales.map((s) => {
                const earlier = before?.subscales.find((b) => b.subscale === s.subscale);
                return { subscale: s.subscale, score: s.score, change: earlier ? s.score - earlier.score : null };
              }),
            },
          ];
        }),
      };
    });
  }

  let repairs: TherapistSummaryView["repairs"] = null;
  if (has("repairs")) {
    repairs = (await store.therapistSources.repairs(grant.coupleId)).flatMap((r) => {
      if (!inRange(r.createdAt) || hidden("repair", r.id)) return [];
      const state = repairStateSchema.safeParse(r.state);
      // Only repairs both passed the safety check of: a stop must not tell anyone who answered what.
      if (!state.success || !(state.data.safety.a && state.data.safety.b)) return [];
      return [
        {
          id: r.id,
          startedAt: new Date(r.createdAt).toISOString(),
          finishedAt: r.open ? null : new Date(r.updatedAt).toISOString(),
          stepsReached: stepsReached(state.data.step),
          agreement: state.data.agreement?.accepted ? state.data.agreement.text : null,
        },
      ];
    });
  }

  let coachLevels: TherapistSummaryView["coachLevels"] = null;
  if (has("coach_levels")) {
    coachLevels = members.map((m) => {
      const byWeek = new Map<string, InsightReplyRow[]>();
      for (const r of replyRows.filter((x) => x.authorId === m.id)) {
        const week = weekStart(isoDay(r.createdAt));
        byWeek.set(week, [...(byWeek.get(week) ?? []), r]);
      }
      return {
        personId: m.id,
        weeks: [...byWeek.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([week, list]) => {
            const read = list.filter((r) => r.level !== null);
            return {
              weekStart: week,
              replies: list.length,
              levelOneOrTwo: rate(read.filter((r) => (r.level ?? 0) >= 1).length, read.length),
              levelTwo: rate(read.filter((r) => r.level === 2).length, read.length),
            };
          }),
      };
    });
  }

  return {
    grantId: grant.id,
    coupleName: coupleNameOf(members),
    partners,
    from: range.from,
    to: range.to,
    generatedAt: new Date(deps.now()).toISOString(),
    scopes: [...scopes],
    emotions,
    sharedCheckins,
    ourInsights,
    dailyAnswers,
    readiness,
    repairs,
    coachLevels,
  };
}

/** "Ana & Ben": the partners' first names as they chose them. */
export const coupleNameOf = (members: readonly { displayName: string }[]): string => members.map((m) => firstName(m.displayName)).join(" & ");
