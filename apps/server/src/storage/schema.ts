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

export interface LoginFailuresTable {
  account_key: string;
  at: number;
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

export interface DailyAnswersTable {
  id: string;
  couple_id: string;
  day: string;
  user_id: string;
  question_id: string;
  text: string;
  created_at: number;
}

export interface Database {
  checkins: CheckinsTable;
  replies: RepliesTable;
  checkin_reads: CheckinReadsTable;
  daily_answers: DailyAnswersTable;
  users: UsersTable;
  sessions: SessionsTable;
  couples: CouplesTable;
  couple_members: CoupleMembersTable;
  invites: InvitesTable;
  login_failures: LoginFailuresTable;
}
