import { dayNumber, dayOfTime, type CoupleFacts } from "./facts.ts";

/** Pitfalls that turn a reply into a fight: the "defensiveness and criticism" sign counts these. */
export const HARSH_PITFALLS: ReadonlySet<string> = new Set(["defensiveness", "blaming"]);

/** A reply that comes later than this leaves the share "waiting" for the distance sign. */
export const REPLY_WAIT_DAYS = 3;
/** A reply within this many days is a share met "soon": the distance sign's quickest evidence (known a day later, not three). */
export const REPLY_SOON_DAYS = 1;

/**
 * Daily counts for one person, as prefix sums so that any window's total is one
 * subtraction: rules look at many windows for many days and stay O(1) each.
 */
export interface PersonSeries {
  checkins: Prefix;
  shared: Prefix;
  sharedInner: Prefix;
  sharedKnownDepth: Prefix;
  /** of the person's shared check-ins (by their day): those answered by the partner within REPLY_WAIT_DAYS */
  sharedAnswered: Prefix;
  /** …and those answered within REPLY_SOON_DAYS (known two days sooner) */
  sharedAnsweredSoon: Prefix;
  /** sum over the person's check-ins of max(sad, fear) */
  heavy: Prefix;
  /** felt-heard answers the person gave, by the day they answered */
  heardYes: Prefix;
  heardNo: Prefix;
  /** replies the person wrote to the partner that the coach read, and those with a harsh pitfall */
  repliesRead: Prefix;
  repliesHarsh: Prefix;
}

export interface CoupleSeries {
  /** first day (day number) covered */
  start: number;
  end: number;
  byPerson: Map<string, PersonSeries>;
}

export class Prefix {
  private readonly sums: Float64Array;
  constructor(
    private readonly start: number,
    daily: Float64Array,
  ) {
    this.sums = new Float64Array(daily.length + 1);
    for (let i = 0; i < daily.length; i += 1) this.sums[i + 1] = this.sums[i]! + daily[i]!;
  }
  /** Total over days [from, to], both included; days outside the series count as zero. */
  sum(from: number, to: number): number {
    const n = this.sums.length - 1;
    const a = Math.max(0, from - this.start);
    const b = Math.min(n, to - this.start + 1);
    return b > a ? this.sums[b]! - this.sums[a]! : 0;
  }
}

type Counter = keyof PersonSeries;

/** Builds the daily series of both people over [start, end] (day numbers). */
export function buildSeries(facts: CoupleFacts, start: number, end: number): CoupleSeries {
  const len = Math.max(0, end - start + 1);
  const raw = new Map<string, Record<Counter, Float64Array>>();
  const fresh = (): Record<Counter, Float64Array> => ({
    checkins: new Float64Array(len),
    shared: new Float64Array(len),
    sharedInner: new Float64Array(len),
    sharedKnownDepth: new Float64Array(len),
    sharedAnswered: new Float64Array(len),
    sharedAnsweredSoon: new Float64Array(len),
    heavy: new Float64Array(len),
    heardYes: new Float64Array(len),
    heardNo: new Float64Array(len),
    repliesRead: new Float64Array(len),
    repliesHarsh: new Float64Array(len),
  });
  for (const p of facts.people) raw.set(p, fresh());
  const add = (person: string, counter: Counter, day: number, by = 1) => {
    const arrays = raw.get(person);
    if (!arrays || day < start || day > end) return;
    arrays[counter][day - start]! += by;
  };

  const shareById = new Map(facts.shares.map((s) => [s.id, s]));
  const firstAnswer = new Map<string, number>();
  for (const r of facts.replies) {
    if (r.toId === r.authorId) continue;
    const share = r.checkinId === null ? undefined : shareById.get(r.checkinId);
    if (share) firstAnswer.set(share.id, Math.min(firstAnswer.get(share.id) ?? Infinity, r.createdAt));
    if (r.level !== null) {
      const day = dayOfTime(r.createdAt);
      add(r.authorId, "repliesRead", day);
      if (r.pitfalls.some((p) => HARSH_PITFALLS.has(p))) add(r.authorId, "repliesHarsh", day);
    }
    if (r.heard !== null && r.heardAt !== null) add(r.toId, r.heard ? "heardYes" : "heardNo", dayOfTime(r.heardAt));
  }
  for (const s of facts.shares) {
    const day = dayNumber(s.day);
    add(s.authorId, "checkins", day);
    add(s.authorId, "heavy", day, Math.max(s.emotions.sad, s.emotions.fear));
    if (!s.shared) continue;
    add(s.authorId, "shared", day);
    if (s.inner !== null) {
      add(s.authorId, "sharedKnownDepth", day);
      if (s.inner) add(s.authorId, "sharedInner", day);
    }
    const answered = firstAnswer.get(s.id);
    if (answered !== undefined && answered - s.createdAt <= REPLY_WAIT_DAYS * 86_400_000) add(s.authorId, "sharedAnswered", day);
    if (answered !== undefined && answered - s.createdAt <= REPLY_SOON_DAYS * 86_400_000) add(s.authorId, "sharedAnsweredSoon", day);
  }
  const byPerson = new Map<string, PersonSeries>();
  for (const [person, arrays] of raw) {
    const series = {} as PersonSeries;
    for (const key of Object.keys(arrays) as Counter[]) series[key] = new Prefix(start, arrays[key]);
    byPerson.set(person, series);
  }
  return { start, end, byPerson };
}
