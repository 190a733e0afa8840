import type { Generated } from "kysely";

/**
 * Table types for Kysely. Times are epoch milliseconds (bigint in PostgreSQL,
 * integer in SQLite) so one set of queries reads the same values on both engines.
 */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: number;
  password_changed_at: number;
  default_visibility: Generated<string>;
  /** ISO country code the person chose for help services; null until they choose. */
  country: Generated<string | null>;
  /** "partner" or "therapist" (0016). */
  role: Generated<string>;
  practice_name: Generated<string | null>;
}

export interface TherapistGrantsTable {
  id: string;
  couple_id: string;
  inviter_id: string | null;
  therapist_id: string | null;
  invite_code: string;
  invite_expires_at: number;
  /** JSON array of scopes */
  asked_scopes: string;
  ends_on: string | null;
  created_at: number;
  joined_at: number | null;
  ended_at: number | null;
  end_reason: string | null;
  ended_by: string | null;
}

export interface TherapistGrantConsentsTable {
  grant_id: string;
  user_id: string;
  /** JSON array of scopes */
  scopes: string;
  at: number;
}

export interface TherapistGrantExclusionsTable {
  grant_id: string;
  kind: string;
  entry_id: string;
  user_id: string;
  at: number;
}

export interface TherapistAccessLogTable {
  id: string;
  grant_id: string;
  what: string;
  from_day: string | null;
  to_day: string | null;
  at: number;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  user_agent: string | null;
}

export interface CouplesTable {
  id: string;
  created_at: number;
  ended_at: number | null;
}

export interface CoupleMembersTable {
  couple_id: string;
  user_id: string;
  joined_at: number;
  left_at: number | null;
}

export interface InvitesTable {
  code: string;
  inviter_id: string;
  created_at: number;
  expires_at: number;
  accepted_by: string | null;
  accepted_at: number | null;
}

export interface RateLimitHitsTable {
  key: string;
  window_start: number;
  hits: number;
}

export interface LoginFailuresTable {
  account_key: string;
  at: number;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: number;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

export interface CheckinsTable {
  id: string;
  author_id: string;
  couple_id: string | null;
  day: string;
  mad: number;
  sad: number;
  glad: number;
  fear: number;
  high: string;
  low: string;
  prompt_id: string | null;
  mind_heart: string;
  visibility: string;
  created_at: number;
  updated_at: number;
}

export interface RepliesTable {
  id: string;
  target_kind: string;
  target_id: string;
  author_id: string;
  couple_id: string;
  body: string;
  created_at: number;
  coach_level: number | null;
  /** Comma-separated coach ids; portable where arrays are not. */
  coach_pitfalls: string;
  coach_moves: string;
  feedback_heard: number | null;
  feedback_note: string | null;
  feedback_at: number | null;
}

export interface CheckinReadsTable {
  user_id: string;
  checkin_id: string;
  read_at: number;
}

export interface ThreadSeenTable {
  user_id: string;
  target_kind: string;
  target_id: string;
  seen_at: number;
}

export interface DailyAnswersTable {
  id: string;
  couple_id: string;
  day: string;
  user_id: string;
  question_id: string;
  text: string;
  created_at: number;
}

export interface PartnerNotesTable {
  id: string;
  author_id: string;
  subject_id: string;
  category: string;
  text: string;
  prompt_id: string | null;
  visibility: string;
  response_status: string | null;
  response_correction: string | null;
  response_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ReadinessResultsTable {
  id: string;
  user_id: string;
  version: number;
  answers: string;
  result: string;
  /** 1 while shared_couple_id is set; kept for older readers. */
  shared: number;
  /** The couple the result is shared with; null when private. */
  shared_couple_id: string | null;
  created_at: number;
}

export interface LibraryFavouritesTable {
  user_id: string;
  item_id: string;
  created_at: number;
}

export interface LibraryDoneTable {
  user_id: string;
  item_id: string;
  done_at: number;
}

export interface LibraryTriesTable {
  id: string;
  couple_id: string;
  item_id: string;
  inviter_id: string;
  created_at: number;
  inviter_done_at: number | null;
  partner_done_at: number | null;
}

export interface RepairSessionsTable {
  id: string;
  couple_id: string;
  a_id: string;
  b_id: string;
  mode: string;
  state: string;
  open: number;
  version: number;
  created_at: number;
  updated_at: number;
}

/** Which question a pair (or a person not yet linked: user_a = user_b) was served on a day; seq 1 and up counts swaps. */
export interface DailyServedTable {
  user_a: string;
  user_b: string;
  day: string;
  seq: number;
  question_id: string;
  created_at: number;
}

/** A person letting one day's question pass. */
export interface DailySkipsTable {
  user_id: string;
  day: string;
  created_at: number;
}

/** What a person chose to tell about their life for the daily question (JSON list of tags) and whether it is a rough patch. */
export interface QuestionPrefsTable {
  user_id: string;
  sets: string;
  rough_patch: number;
  updated_at: number;
}

export interface CheckinFactsTable {
  checkin_id: string;
  /** 1 inner layer, 0 surface, null unknown */
  inner_layer: number | null;
  /** comma-separated feeling words */
  words: string;
}

export interface InsightMutesTable {
  user_id: string;
  sign: string;
  muted_at: number;
}

export interface InsightOptInsTable {
  couple_id: string;
  user_id: string;
  at: number;
}

export interface PushSubscriptionsTable {
  endpoint: string;
  user_id: string;
  session_id: string;
  p256dh: string;
  auth: string;
  created_at: number;
}

export interface PushPrefsTable {
  user_id: string;
  kinds: string;
  reminder_time: string | null;
  quiet_from: string | null;
  quiet_to: string | null;
  time_zone: string;
  updated_at: number;
}

export interface PushSendsTable {
  key: string;
  user_id: string;
  at: number;
}

export interface PushHeldTable {
  user_id: string;
  key: string;
  kind: string;
  /** JSON: the couple event that earned the notice (ids and type only). */
  event: string;
  held_at: number;
}

export interface MomentsSeenTable {
  user_id: string;
  moment: string;
  seen_at: number;
}

export interface TemperatureReadingsTable {
  id: string;
  couple_id: string;
  started_by: string | null;
  mode: string;
  created_at: number;
  finished_at: number | null;
}

export interface TemperatureEntriesTable {
  reading_id: string;
  author_id: string;
  part: string;
  text: string;
  updated_at: number;
}

export interface TemperatureFinishesTable {
  reading_id: string;
  user_id: string;
  finished_at: number;
}

export interface Database {
  therapist_grants: TherapistGrantsTable;
  therapist_grant_consents: TherapistGrantConsentsTable;
  therapist_grant_exclusions: TherapistGrantExclusionsTable;
  therapist_access_log: TherapistAccessLogTable;
  daily_served: DailyServedTable;
  daily_skips: DailySkipsTable;
  question_prefs: QuestionPrefsTable;
  checkin_facts: CheckinFactsTable;
  insight_mutes: InsightMutesTable;
  insight_opt_ins: InsightOptInsTable;
  push_subscriptions: PushSubscriptionsTable;
  push_prefs: PushPrefsTable;
  push_sends: PushSendsTable;
  push_held: PushHeldTable;
  moments_seen: MomentsSeenTable;
  temperature_readings: TemperatureReadingsTable;
  temperature_entries: TemperatureEntriesTable;
  temperature_finishes: TemperatureFinishesTable;
  partner_notes: PartnerNotesTable;
  readiness_results: ReadinessResultsTable;
  library_favourites: LibraryFavouritesTable;
  library_done: LibraryDoneTable;
  library_tries: LibraryTriesTable;
  repair_sessions: RepairSessionsTable;
  checkins: CheckinsTable;
  replies: RepliesTable;
  checkin_reads: CheckinReadsTable;
  thread_seen: ThreadSeenTable;
  daily_answers: DailyAnswersTable;
  users: UsersTable;
  sessions: SessionsTable;
  couples: CouplesTable;
  couple_members: CoupleMembersTable;
  invites: InvitesTable;
  login_failures: LoginFailuresTable;
  rate_limit_hits: RateLimitHitsTable;
  server_secrets: ServerSecretsTable;
  password_resets: PasswordResetsTable;
}
