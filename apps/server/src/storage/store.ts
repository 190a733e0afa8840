/**
 * The storage contract the domain talks to. Domain code sees these records and
 * methods, never SQL. One implementation (kysely-store.ts) serves SQLite and
 * PostgreSQL; store.contract.test.ts runs against both.
 */
export type Engine = "sqlite" | "postgres";

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: number;
  passwordChangedAt: number;
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
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | undefined>;
  findByEmail(email: string): Promise<UserRecord | undefined>;
  updatePassword(id: string, passwordHash: string, at: number): Promise<void>;
}

export interface SessionRepo {
  create(session: SessionRecord): Promise<void>;
  /** The session with this token hash, if it has not expired at `now`. */
  findActiveByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined>;
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
}

export interface CoupleRepo {
  activeForUser(userId: string): Promise<CoupleRecord | undefined>;
  /** Throws UniqueViolation when either person is already in a couple. */
  create(coupleId: string, userIds: [string, string], at: number): Promise<void>;
  end(coupleId: string, at: number): Promise<void>;
}

export interface LoginFailureRepo {
  record(accountKey: string, at: number): Promise<void>;
  /** Failures since `since`, oldest first (times only). */
  since(accountKey: string, since: number): Promise<number[]>;
  clear(accountKey: string): Promise<void>;
  prune(before: number): Promise<void>;
}

export interface Repos {
  users: UserRepo;
  sessions: SessionRepo;
  invites: InviteRepo;
  couples: CoupleRepo;
  loginFailures: LoginFailureRepo;
}

export interface Store extends Repos {
  readonly engine: Engine;
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
