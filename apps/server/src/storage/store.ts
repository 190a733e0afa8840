/**
 * The storage contract the domain talks to. Domain code sees these records and
 * methods, never SQL. One implementation serves SQLite and PostgreSQL: a Kysely
 * repository per area in repos/, assembled and migrated by open-store.ts. The
 * *.contract.test.ts files beside this one run against both engines.
 */
import type { AccessWhat, AccountRole, ExcludableKind, GrantEndReason, TherapistScope } from "@attune/shared";

export type Engine = "sqlite" | "postgres";

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: number;
  passwordChangedAt: number;
  defaultVisibility: Visibility;
  /** Where the person lives, as they told us (for help services); null until they say. */
  country: string | null;
  /** A partner's account or a therapist's (issue 16). */
  role: AccountRole;
  /** A therapist's practice; null for partners. */
  practiceName: string | null;
}

/** A new account: a partner unless it says otherwise. */
export type NewUserRecord = Omit<UserRecord, "role" | "practiceName"> & Partial<Pick<UserRecord, "role" | "practiceName">>;

export type Visibility = "private" | "shared";

export interface CheckinRecord {
  id: string;
  authorId: string;
  /** The couple it is shared within (set while shared and the author has a partner). */
  coupleId: string | null;
  day: string;
  emotions: { mad: number; sad: number; glad: number; fear: number };
  high: string;
  low: string;
  promptId: string | null;
  mindHeart: string;
  visibility: Visibility;
  createdAt: number;
  updatedAt: number;
}

/** A check-in as one viewer sees it in a list. */
export interface CheckinItem extends CheckinRecord {
  authorName: string;
  read: boolean;
  replyCount: number;
}

export type CheckinChanges = Partial<Pick<CheckinRecord, "emotions" | "high" | "low" | "mindHeart" | "visibility" | "coupleId">> & {
  updatedAt: number;
};

export interface Cursor {
  key: number | string;
  id: string;
}

export type ReplyTarget = "checkin" | "answer";

export interface ReplyRecord {
  id: string;
  targetKind: ReplyTarget;
  targetId: string;
  authorId: string;
  coupleId: string;
  body: string;
  createdAt: number;
  coach: { level: number; pitfalls: string[]; moves: string[] } | null;
  feedback: { heard: boolean; note: string | null; at: number } | null;
}

export interface ReplyItem extends ReplyRecord {
  authorName: string;
}

export interface AnswerRecord {
  id: string;
  coupleId: string;
  day: string;
  userId: string;
  questionId: string;
  text: string;
  createdAt: number;
}

export interface SessionRecord {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  userAgent: string | null;
}

export interface InviteRecord {
  code: string;
  inviterId: string;
  createdAt: number;
  expiresAt: number;
  acceptedBy: string | null;
  acceptedAt: number | null;
}

export interface CoupleRecord {
  id: string;
  since: number;
  partnerId: string;
}

export interface UserRepo {
  /** Throws UniqueViolation when the email is taken. */
  create(user: NewUserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | undefined>;
  findByEmail(email: string): Promise<UserRecord | undefined>;
  updatePassword(id: string, passwordHash: string, at: number): Promise<void>;
  setDefaultVisibility(id: string, visibility: Visibility): Promise<void>;
  setCountry(id: string, country: string | null): Promise<void>;
  /** Deletes the account; the database removes every row that belongs to it (ON DELETE CASCADE). */
  delete(id: string): Promise<void>;
}

export interface CheckinRepo {
  /** Throws UniqueViolation when the author already checked in that day. */
  create(checkin: CheckinRecord): Promise<void>;
  findById(id: string): Promise<CheckinRecord | undefined>;
  /**
   * The check-in and the viewer's couple now (null when none), in one statement: what deciding
   * whether the viewer may read it needs. Undefined when there is no such check-in.
   */
  findWithViewerCouple(id: string, viewerId: string): Promise<{ checkin: CheckinRecord; viewerCoupleId: string | null } | undefined>;
  findItem(id: string, viewerId: string): Promise<CheckinItem | undefined>;
  update(id: string, changes: CheckinChanges): Promise<void>;
  delete(id: string): Promise<void>;
  /** Shared check-ins of a couple, newest first; cursor key is created_at. */
  timeline(coupleId: string, viewerId: string, cursor: Cursor | null, limit: number): Promise<CheckinItem[]>;
  /** The author's own check-ins, latest day first; cursor key is the day. */
  history(authorId: string, cursor: Cursor | null, limit: number): Promise<CheckinItem[]>;
  markRead(userId: string, checkinId: string, at: number): Promise<void>;
  /**
   * The timeline of the viewer's couple now (empty without one) with the unread count, the
   * couple found in the same statement: what timeline + unreadCount give for that couple.
   */
  timelineOf(viewerId: string, cursor: Cursor | null, limit: number): Promise<{ items: CheckinItem[]; unread: number }>;
  /** Shared check-ins of the partner the viewer has not opened, among the couple's newest UNREAD_COUNT_CAP. */
  unreadCount(coupleId: string, viewerId: string): Promise<number>;
}

export interface ReplyRepo {
  create(reply: ReplyRecord): Promise<void>;
  findById(id: string): Promise<ReplyRecord | undefined>;
  listForTarget(kind: ReplyTarget, targetId: string): Promise<ReplyItem[]>;
  setFeedback(id: string, feedback: { heard: boolean; note: string | null; at: number }): Promise<void>;
  deleteForTarget(kind: ReplyTarget, targetId: string): Promise<void>;
  /** Every reply the person wrote, oldest first, whatever became of the couple. */
  byAuthor(authorId: string): Promise<ReplyRecord[]>;
  delete(id: string): Promise<void>;
}

export interface AnswerRepo {
  /** Throws UniqueViolation when this person already answered that day. */
  create(answer: AnswerRecord): Promise<void>;
  findById(id: string): Promise<AnswerRecord | undefined>;
  forCoupleDay(coupleId: string, day: string): Promise<AnswerRecord[]>;
  /** Every daily answer the person wrote, oldest first, whatever became of the couple. */
  byUser(userId: string): Promise<AnswerRecord[]>;
  delete(id: string): Promise<void>;
}

export interface ServedRecord {
  day: string;
  seq: number;
  questionId: string;
}

/** What a person told us for the daily question: tags from ASSUMPTIONS, and a rough patch. */
export interface QuestionPrefsRecord {
  sets: string[];
  roughPatch: boolean;
}

export interface DailyChoiceRepo {
  /** What the pair (ids sorted; the same id twice for a person on their own) was served from `sinceDay` on, by day and seq. */
  servedSince(pair: readonly [string, string], sinceDay: string): Promise<ServedRecord[]>;
  /** Records one serving; false when that day and seq were already taken (someone else got there first). */
  recordServed(pair: readonly [string, string], served: ServedRecord, at: number): Promise<boolean>;
  /** The question ids either person answered from `sinceDay` on, with the day. */
  answeredSince(userIds: readonly string[], sinceDay: string): Promise<{ day: string; questionId: string }[]>;
  setSkip(userId: string, day: string, skip: boolean, at: number): Promise<void>;
  /** Which of these people let that day's question pass. */
  skipped(userIds: readonly string[], day: string): Promise<string[]>;
  prefs(userId: string): Promise<QuestionPrefsRecord>;
  setPrefs(userId: string, prefs: QuestionPrefsRecord, at: number): Promise<void>;
}

export interface SessionRepo {
  create(session: SessionRecord): Promise<void>;
  /** The session with this token hash, if it has not expired at `now`. */
  findActiveByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined>;
  /** The same session with its person, in one round trip (every signed-in request asks). */
  findActiveWithUser(tokenHash: string, now: number): Promise<{ session: SessionRecord; user: UserRecord } | undefined>;
  /** Records activity and slides the expiry forward. */
  touch(id: string, at: number, expiresAt: number): Promise<void>;
  listForUser(userId: string, now: number): Promise<SessionRecord[]>;
  /** Deletes the user's session; false when no such session belongs to the user. */
  deleteForUser(id: string, userId: string): Promise<boolean>;
  /** Deletes every session of the user except `keepId` (all when null). */
  deleteAllForUser(userId: string, keepId: string | null): Promise<number>;
  deleteExpired(now: number): Promise<number>;
}

export interface InviteRepo {
  create(invite: InviteRecord): Promise<void>;
  findByCode(code: string): Promise<InviteRecord | undefined>;
  /** The user's newest invite that is neither accepted nor expired. */
  findPendingForInviter(inviterId: string, now: number): Promise<InviteRecord | undefined>;
  deletePendingForInviter(inviterId: string): Promise<void>;
  /** Marks the invite accepted if still unused; false when someone used it first. */
  markAccepted(code: string, userId: string, at: number): Promise<boolean>;
  /** Deletes invites that expired unused by `before` (accepted ones stay: they record how a couple began). */
  deleteExpiredUnused(before: number): Promise<number>;
}

export interface CoupleRepo {
  activeForUser(userId: string): Promise<CoupleRecord | undefined>;
  /** Throws UniqueViolation when either person is already in a couple. */
  create(coupleId: string, userIds: [string, string], at: number): Promise<void>;
  end(coupleId: string, at: number): Promise<void>;
  /** Every couple the person has been in, oldest first, with the partner and when. */
  historyForUser(userId: string): Promise<{ coupleId: string; partnerId: string; joinedAt: number; leftAt: number | null }[]>;
}

export interface LoginFailureRepo {
  record(accountKey: string, at: number): Promise<void>;
  /** Failures since `since`, oldest first (times only). */
  since(accountKey: string, since: number): Promise<number[]>;
  clear(accountKey: string): Promise<void>;
  prune(before: number): Promise<void>;
}

export interface SecretRepo {
  /**
   * The value stored under `name`; when there is none yet, stores `candidate` and
   * returns it. Instances racing to create one all get the value that won.
   */
  getOrCreate(name: string, candidate: string, at: number): Promise<string>;
}

export interface PasswordResetRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export interface PasswordResetRepo {
  create(reset: PasswordResetRecord): Promise<void>;
  /** Deletes the reset with this hash and returns it (expired or not); undefined when there is none. At most one caller gets it. */
  take(tokenHash: string): Promise<PasswordResetRecord | undefined>;
  deleteForUser(userId: string): Promise<number>;
  /** Deletes resets that expired before `now`; returns how many. */
  deleteExpired(now: number): Promise<number>;
}

export interface RateLimitRepo {
  /**
   * Counts one request for `key` in a fixed window of `windowMs` that starts at the
   * key's first request (a new window once the old one has passed). Atomic, so
   * concurrent requests on several instances are each counted once.
   */
  hit(key: string, now: number, windowMs: number): Promise<{ hits: number; windowStart: number }>;
  /** Forgets windows that started before `before`; returns how many. */
  prune(before: number): Promise<number>;
}

export interface NoteRecord {
  id: string;
  authorId: string;
  /** the partner the note is about */
  subjectId: string;
  category: string;
  text: string;
  promptId: string | null;
  visibility: "private" | "shown";
  response: { status: "confirmed" | "corrected"; correction: string | null; at: number } | null;
  createdAt: number;
  updatedAt: number;
}

export interface NoteRepo {
  create(note: NoteRecord): Promise<void>;
  findById(id: string): Promise<NoteRecord | undefined>;
  /** Notes `authorId` wrote about `subjectId`, newest first. */
  byAuthorAbout(authorId: string, subjectId: string): Promise<NoteRecord[]>;
  /** Notes `authorId` wrote about `subjectId` and chose to show them, newest first. */
  shownTo(subjectId: string, authorId: string): Promise<NoteRecord[]>;
  update(id: string, changes: Partial<Pick<NoteRecord, "category" | "text" | "visibility" | "response">> & { updatedAt: number }): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every note the person wrote, about anyone, oldest first. */
  byAuthor(authorId: string): Promise<NoteRecord[]>;
}

export interface ReadinessRecord {
  id: string;
  userId: string;
  version: number;
  /** item id → 1..5 */
  answers: Record<string, number>;
  /** the scored result as computed when taken (JSON) */
  result: unknown;
  /** The couple it is shared with; a result shared in one couple is never shown in the next. */
  sharedCoupleId: string | null;
  createdAt: number;
}

export interface ReadinessRepo {
  create(r: ReadinessRecord): Promise<void>;
  findById(id: string): Promise<ReadinessRecord | undefined>;
  /** Newest first; with `sharedWithCouple`, only those shared with that couple. */
  forUser(userId: string, sharedWithCouple?: string): Promise<ReadinessRecord[]>;
  setSharedCouple(id: string, coupleId: string | null): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface TryRecord {
  id: string;
  coupleId: string;
  itemId: string;
  inviterId: string;
  createdAt: number;
  inviterDoneAt: number | null;
  partnerDoneAt: number | null;
}

export interface LibraryRepo {
  favourites(userId: string): Promise<string[]>;
  setFavourite(userId: string, itemId: string, on: boolean, at: number): Promise<void>;
  done(userId: string): Promise<{ itemId: string; at: number }[]>;
  markDone(userId: string, itemId: string, at: number): Promise<void>;
  createTry(t: TryRecord): Promise<void>;
  findTry(id: string): Promise<TryRecord | undefined>;
  triesForCouple(coupleId: string): Promise<TryRecord[]>;
  setTryDone(id: string, side: "inviter" | "partner", at: number): Promise<void>;
  /** Invitations the person made, in any couple, oldest first. */
  triesByInviter(userId: string): Promise<TryRecord[]>;
}

export interface RepairRecord {
  id: string;
  coupleId: string;
  aId: string;
  bId: string;
  mode: "together" | "apart";
  /** the repair state machine's JSON state */
  state: unknown;
  open: boolean;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface RepairRepo {
  /** Throws UniqueViolation when the couple already has an open repair. */
  create(r: RepairRecord): Promise<void>;
  findById(id: string): Promise<RepairRecord | undefined>;
  openForCouple(coupleId: string): Promise<RepairRecord | undefined>;
  /** The couple's most recently changed repair, open or closed. */
  latestForCouple(coupleId: string): Promise<RepairRecord | undefined>;
  /** Saves a new state if nobody saved since `version` was read; false when someone did. */
  saveState(id: string, version: number, state: unknown, open: boolean, at: number): Promise<boolean>;
  /** Every repair the person took part in, oldest first. */
  forPerson(userId: string): Promise<RepairRecord[]>;
}

/** One check-in as insights read it: no text, only what the rules and summaries count. */
export interface InsightShareRow {
  id: string;
  authorId: string;
  coupleId: string | null;
  day: string;
  visibility: Visibility;
  emotions: { mad: number; sad: number; glad: number; fear: number };
  createdAt: number;
  /** from checkin_facts: null when not read (older check-ins) */
  inner: boolean | null;
  words: string[];
}

/** One reply within a couple as insights read it: who to whom, when, the coach's verdict, the answer. */
export interface InsightReplyRow {
  targetKind: ReplyTarget;
  /** the check-in id, for replies to check-ins */
  targetId: string;
  authorId: string;
  /** the person whose check-in or answer it replies to */
  toId: string;
  createdAt: number;
  level: number | null;
  pitfalls: string[];
  heard: boolean | null;
  heardAt: number | null;
}

/** What "my insights" read about one person (insights-reads.ts: one round trip on PostgreSQL). */
export interface InsightPersonRows {
  /** the person's current couple, or null */
  couple: { id: string; partnerId: string } | null;
  /** the person's check-ins and (in a couple) the partner's, from `fromDay` on, any visibility */
  shares: InsightShareRow[];
  /** the current couple's replies since `since`, oldest first; none without a couple */
  replies: InsightReplyRow[];
  /** coach levels of the person's first `firstLevels` coach-read replies, oldest first */
  firstLevels: number[];
  mutedSigns: string[];
}

/** What "our insights" read: the couple, who said yes, and (only when both did) the couple's rows. */
export interface InsightCoupleRows {
  couple: { id: string; partnerId: string } | null;
  optedIn: string[];
  /** empty unless both partners of the current couple said yes */
  shares: InsightShareRow[];
  replies: InsightReplyRow[];
}

export interface InsightRepo {
  /** Everything "my insights" read, at once: the couple, both people's check-ins, the couple's replies, first levels, mutes. */
  personRows(userId: string, read: { fromDay: string; since: number; firstLevels: number }): Promise<InsightPersonRows>;
  /** Everything "our insights" read from insight tables, at once. */
  coupleRows(userId: string, read: { fromDay: string; since: number }): Promise<InsightCoupleRows>;
  /** Saves (or replaces) what the coach read in a check-in. */
  saveFacts(checkinId: string, inner: boolean | null, words: string[]): Promise<void>;
  /** Check-ins of these authors from `fromDay` on (any visibility; callers filter what a viewer may count). */
  shares(authorIds: readonly string[], fromDay: string): Promise<InsightShareRow[]>;
  /** Replies made within the couple since `since` (epoch ms), oldest first. */
  replies(coupleId: string, since: number): Promise<InsightReplyRow[]>;
  /** Coach levels of the person's first `limit` replies the coach read, oldest first. */
  firstLevels(authorId: string, limit: number): Promise<number[]>;
  mutedSigns(userId: string): Promise<string[]>;
  setMuted(userId: string, sign: string, muted: boolean, at: number): Promise<void>;
  /** Who in the couple said yes to "our insights". */
  optedIn(coupleId: string): Promise<string[]>;
  setOptIn(coupleId: string, userId: string, on: boolean, at: number): Promise<void>;
}

export interface PushSubscriptionRecord {
  endpoint: string;
  userId: string;
  /** The session it was made in; it ends with that session. */
  sessionId: string;
  p256dh: string;
  auth: string;
  createdAt: number;
}

export interface PushPrefsRecord {
  userId: string;
  kinds: string[];
  reminderTime: string | null;
  quietHours: { from: string; to: string } | null;
  timeZone: string;
  updatedAt: number;
}

export interface PushRepo {
  /** Saves a device's subscription; an endpoint already known moves to this person and session. */
  saveSubscription(s: PushSubscriptionRecord): Promise<void>;
  /** Removes the person's subscription at `endpoint`; false when they have none there. */
  deleteSubscription(userId: string, endpoint: string): Promise<boolean>;
  /** Removes an endpoint whoever owns it (the push service said it is gone). */
  deleteEndpoint(endpoint: string): Promise<void>;
  subscriptionsFor(userId: string): Promise<PushSubscriptionRecord[]>;
  hasSubscriptionForSession(sessionId: string): Promise<boolean>;
  prefsFor(userId: string): Promise<PushPrefsRecord | undefined>;
  savePrefs(p: PushPrefsRecord): Promise<void>;
  /** People with a daily reminder set and at least one subscribed device. */
  withReminder(): Promise<PushPrefsRecord[]>;
  /** Records that `key` is being sent; true for exactly one caller across all instances. */
  claim(key: string, userId: string, at: number): Promise<boolean>;
  /** Forgets claims made before `before`; returns how many. */
  pruneClaims(before: number): Promise<number>;
  /** Holds a notice that came in the person's quiet hours (once per key). */
  hold(h: HeldNoticeRecord): Promise<void>;
  /** People with held notices. */
  withHeld(): Promise<string[]>;
  /** Removes and returns the person's held notices, oldest first: across instances, one caller gets each. */
  takeHeld(userId: string): Promise<HeldNoticeRecord[]>;
  /**
   * In one statement, what a partner's notice needs about the actor: their couple now, their
   * partner, their name, and whether the partner has any subscribed device. Undefined when
   * the actor is in no couple.
   */
  noticeContext(actorId: string): Promise<NoticeContext | undefined>;
}

export interface NoticeContext {
  coupleId: string;
  partnerId: string;
  actorName: string;
  partnerHasDevice: boolean;
}

export interface HeldNoticeRecord {
  userId: string;
  key: string;
  kind: string;
  /** The couple event that earned it: read again on release, to drop what is no longer news. */
  event: { coupleId: string; type: string; id: string; actorId: string };
  heldAt: number;
}

export interface MomentRepo {
  /** The moments the person has already been shown. */
  seen(userId: string): Promise<string[]>;
  /** Records that the person was shown `moment` (again is a no-op). */
  markSeen(userId: string, moment: string, at: number): Promise<void>;
}

/** Unseen replies in one of the person's own threads. */
export interface UnseenThread {
  targetKind: ReplyTarget;
  targetId: string;
  count: number;
  latestAt: number;
}

export interface ThreadSeenRepo {
  /** Records that the person opened their thread at `at` (never moves back in time). */
  markSeen(userId: string, kind: ReplyTarget, targetId: string, at: number): Promise<void>;
  /**
   * Threads on the person's own shares (check-ins, daily answers) in `coupleId` holding
   * replies from someone else written after the person last opened them; newest first.
   */
  unseen(userId: string, coupleId: string): Promise<UnseenThread[]>;
}

export interface TemperatureReadingRecord {
  id: string;
  coupleId: string;
  /** null once that person deleted their account */
  startedBy: string | null;
  mode: "together" | "apart";
  createdAt: number;
  /** null while the reading is open */
  finishedAt: number | null;
}

export interface TemperatureEntryRecord {
  readingId: string;
  authorId: string;
  part: string;
  text: string;
  updatedAt: number;
}

export interface TemperatureFinishRecord {
  readingId: string;
  userId: string;
  finishedAt: number;
}

export interface TemperatureRepo {
  /** Throws UniqueViolation("temperature_readings_one_open") when the couple has one open. */
  create(reading: TemperatureReadingRecord): Promise<void>;
  findById(id: string): Promise<TemperatureReadingRecord | undefined>;
  openForCouple(coupleId: string): Promise<TemperatureReadingRecord | undefined>;
  /** Finished readings of a couple, newest first, after `before` when given. */
  finishedForCouple(coupleId: string, limit: number, before?: Cursor): Promise<TemperatureReadingRecord[]>;
  entriesOf(readingIds: readonly string[]): Promise<TemperatureEntryRecord[]>;
  /** Writes the author's words for one part; empty text removes them. */
  putEntry(entry: TemperatureEntryRecord): Promise<void>;
  finishesOf(readingIds: readonly string[]): Promise<TemperatureFinishRecord[]>;
  /** Records that a person is done; saying so twice changes nothing. */
  markFinished(finish: TemperatureFinishRecord): Promise<void>;
  close(readingId: string, at: number): Promise<void>;
  /** Every entry the person wrote, oldest first (for their export). */
  entriesByAuthor(authorId: string): Promise<TemperatureEntryRecord[]>;
}

export interface Repos {
  therapistGrants: TherapistGrantRepo;
  therapistSources: TherapistSourceRepo;
  dailyChoices: DailyChoiceRepo;
  insights: InsightRepo;
  push: PushRepo;
  moments: MomentRepo;
  threadSeen: ThreadSeenRepo;
  temperature: TemperatureRepo;
  notes: NoteRepo;
  readiness: ReadinessRepo;
  library: LibraryRepo;
  repairs: RepairRepo;
  users: UserRepo;
  sessions: SessionRepo;
  invites: InviteRepo;
  couples: CoupleRepo;
  loginFailures: LoginFailureRepo;
  rateLimits: RateLimitRepo;
  secrets: SecretRepo;
  passwordResets: PasswordResetRepo;
  checkins: CheckinRepo;
  replies: ReplyRepo;
  answers: AnswerRepo;
}

export interface Store extends Repos {
  readonly engine: Engine;
  /** SQLite only: a consistent copy of the database, taken while the server keeps running. */
  backupTo?: (target: string) => Promise<void>;
  /** Runs `work` in one database transaction; rolls back if it throws. */
  transaction<T>(work: (repos: Repos) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A unique constraint was violated (email taken, person already in a couple). */
export class UniqueViolation extends Error {
  constructor(readonly constraint: string) {
    super(`unique constraint violated: ${constraint}`);
    this.name = "UniqueViolation";
  }
}

// ── Sharing with a therapist (issue 16) ──────────────────────────────────────────────

export interface TherapistConsentRecord {
  userId: string;
  /** The scope set this partner agreed to (a scope they never saw is never in it). */
  scopes: TherapistScope[];
  at: number;
}

export interface TherapistGrantRecord {
  id: string;
  coupleId: string;
  /** null once the inviting partner deleted their account */
  inviterId: string | null;
  /** null until a therapist joins, and again once they deleted their account */
  therapistId: string | null;
  inviteCode: string;
  inviteExpiresAt: number;
  /** What the couple asks now; what the therapist reads is what both consented to. */
  askedScopes: TherapistScope[];
  endsOn: string | null;
  createdAt: number;
  joinedAt: number | null;
  ended: { at: number; reason: GrantEndReason; by: string | null } | null;
  consents: TherapistConsentRecord[];
}

export type NewTherapistGrant = Omit<TherapistGrantRecord, "consents" | "ended" | "joinedAt" | "therapistId">;

export interface TherapistExclusionRecord {
  grantId: string;
  kind: ExcludableKind;
  entryId: string;
  userId: string;
  at: number;
}

export interface TherapistAccessRecord {
  id: string;
  grantId: string;
  what: AccessWhat;
  fromDay: string | null;
  toDay: string | null;
  at: number;
}

export interface TherapistGrantRepo {
  create(grant: NewTherapistGrant): Promise<void>;
  findById(id: string): Promise<TherapistGrantRecord | undefined>;
  findByCode(code: string): Promise<TherapistGrantRecord | undefined>;
  /** A couple's grants, newest first, ended ones too. */
  forCouple(coupleId: string): Promise<TherapistGrantRecord[]>;
  /** A therapist's grants, newest first, ended ones too. */
  forTherapist(therapistId: string): Promise<TherapistGrantRecord[]>;
  /** Joins the therapist if nobody has and the grant has not ended; false otherwise (codes are single use). */
  join(id: string, therapistId: string, at: number): Promise<boolean>;
  /** A new code for a grant nobody has joined and that has not ended (the old one stops working); false otherwise. */
  renewInvite(id: string, code: string, expiresAt: number): Promise<boolean>;
  setAskedScopes(id: string, scopes: TherapistScope[]): Promise<void>;
  /** Saves (or replaces) one partner's consent. */
  setConsent(grantId: string, consent: TherapistConsentRecord): Promise<void>;
  /** Ends the grant unless it already ended; false when it had. */
  end(id: string, at: number, reason: GrantEndReason, by: string | null): Promise<boolean>;
  exclusions(grantId: string): Promise<TherapistExclusionRecord[]>;
  /** Hides one entry; hiding it again changes nothing. */
  exclude(exclusion: TherapistExclusionRecord): Promise<void>;
  /** false when the entry was not hidden. */
  unexclude(grantId: string, kind: ExcludableKind, entryId: string): Promise<boolean>;
  logAccess(entry: TherapistAccessRecord): Promise<void>;
  /** Newest first; cursor key is `at`. */
  accessLog(grantId: string, cursor: Cursor | null, limit: number): Promise<TherapistAccessRecord[]>;
}

/** What a summary is built from, read by the couple's id (never a person's other couples). */
export interface TherapistSourceRepo {
  /** Who is (or was) in the couple, and whether it is still together with both of them. */
  couple(coupleId: string): Promise<{ members: { id: string; displayName: string }[]; current: boolean; since: number } | undefined>;
  /** Check-ins shared within the couple, by day. */
  sharedCheckins(coupleId: string, fromDay: string, toDay: string): Promise<CheckinRecord[]>;
  /** Replies within the couple to these check-ins. */
  repliesTo(coupleId: string, checkinIds: readonly string[]): Promise<ReplyRecord[]>;
  /** Replies made within the couple in [since, until), with the coach's level (no text used). */
  coupleReplies(coupleId: string, since: number, until: number): Promise<ReplyRecord[]>;
  answers(coupleId: string, fromDay: string, toDay: string): Promise<AnswerRecord[]>;
  /** Readiness results shared with the couple, oldest first. */
  sharedReadiness(coupleId: string): Promise<ReadinessRecord[]>;
  /** The couple's repairs, oldest first. */
  repairs(coupleId: string): Promise<RepairRecord[]>;
}
