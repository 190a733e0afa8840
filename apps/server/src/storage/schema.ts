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

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  couples: CouplesTable;
  couple_members: CoupleMembersTable;
  invites: InvitesTable;
  login_failures: LoginFailuresTable;
}
