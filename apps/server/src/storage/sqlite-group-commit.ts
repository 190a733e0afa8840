import type { Database as BetterSqlite3Database, Statement } from "better-sqlite3";
import { type DatabaseConnection, type Driver, type QueryResult, SqliteDialect, type CompiledQuery } from "kysely";

/** Prepares SQL (the statement cache, or the database itself). */
export interface Preparer {
  prepare(sql: string): Statement;
}

/**
 * One connection, taken in turn (first come, first served). A unit of work (one query, or
 * one Kysely transaction) holds it from start to end so no other statement lands inside it.
 */
class Turns {
  #held = false;
  readonly #waiting: (() => void)[] = [];
  /** Served before #waiting: readers that waited for a commit go before newer writers. */
  readonly #first: (() => void)[] = [];
  take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  give(): void {
    const next = this.#first.shift() ?? this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
  /** Puts these waiters at the front of the line (the connection is held while this is called). */
  putFirst(waiters: (() => void)[]): void {
    this.#first.push(...waiters);
  }
}

/** The open outer transaction: the writes in it are acknowledged once its commit is on disk. */
interface Batch {
  /** Whether a write has run in it (readers then wait for the commit). */
  dirty: boolean;
  /** Settles when the batch's COMMIT has returned (synchronous=FULL: fsynced) or failed. */
  readonly done: Promise<void>;
  /** Readers waiting for this commit; they get the connection right after it, before newer writers. */
  readonly readers: (() => void)[];
  settle(error?: unknown): void;
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A batch nobody waits on (reads only) must not raise an unhandled rejection.
  done.catch(() => {});
  return { dirty: false, done, readers: [], settle: (error) => (error === undefined ? resolve() : reject(error)) };
}

/**
 * Group commit for the embedded database, with the same durability as one fsynced commit per
 * write: better-sqlite3 runs on the event loop, so while one COMMIT waits for the disk the
 * requests that arrive queue up in the kernel; they are then handled together, each write in
 * a SAVEPOINT of one shared transaction (a failing write is rolled back alone), and a single
 * COMMIT — scheduled with setImmediate, after the I/O the loop has in hand — makes them all
 * durable. A write's promise resolves only after that COMMIT returns, so a response never
 * announces a write that is not on disk. A read outside a transaction that finds writes
 * waiting for their commit waits for it too, so no one sees a write before it is durable
 * (and a reader sees its own write, which was committed before its response).
 * If SQLite rolls the whole transaction back (a full disk, an I/O error), every write in the
 * batch fails with that error: none of them was acknowledged.
 */
export class GroupCommitDriver implements Driver {
  readonly #turns = new Turns();
  #batch: Batch | undefined;
  #savepoints = 0;
  /** Online backups in progress: while one runs, each write commits at once (see duringBackup). */
  #backups = 0;

  constructor(
    private readonly database: BetterSqlite3Database,
    private readonly statements: Preparer,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#turns.take();
    return new Unit(this);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as Unit).giveBack();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = connection as Unit;
    this.#open();
    unit.savepoint = this.#savepointName();
    this.database.exec(`savepoint ${unit.savepoint}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = connection as Unit;
    const name = unit.savepoint;
    unit.savepoint = undefined;
    if (!name) return;
    const batch = this.#batch;
    this.database.exec(`release ${name}`);
    if (this.#backups > 0) this.#commitHeld(batch);
    // Let the next unit in (it may join this batch), then answer once the batch is on disk.
    unit.giveBack();
    if (batch?.dirty) await batch.done;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = connection as Unit;
    const name = unit.savepoint;
    unit.savepoint = undefined;
    if (!name) return;
    if (this.database.inTransaction) {
      this.database.exec(`rollback to ${name}; release ${name}`);
    } else {
      this.#lost(new Error("The database rolled back the transaction"));
    }
  }

  async destroy(): Promise<void> {
    // After the units already in line (their writes join the last commit).
    await this.#turns.take();
    const batch = this.#batch;
    if (batch) {
      this.#turns.give();
      await this.#commit(batch);
      await this.#turns.take();
    }
    this.database.close();
    // Anyone still in line gets better-sqlite3's "not open" error rather than waiting forever.
    this.#turns.give();
  }

  /** Runs one statement for a unit that holds the connection. */
  async run(unit: Unit, query: CompiledQuery): Promise<QueryResult<unknown>> {
    const statement = this.statements.prepare(query.sql);
    if (unit.savepoint) return this.#execute(statement, query);
    if (statement.readonly) {
      // Outside a transaction, never read a write that is not on disk yet: wait for its
      // commit, which hands the connection straight back (no newer write can come first).
      const batch = this.#batch;
      if (batch?.dirty) {
        unit.giveBack();
        await new Promise<void>((resolve) => batch.readers.push(resolve));
        unit.holding();
      }
      return this.#execute(statement, query);
    }
    this.#open();
    const name = this.#savepointName();
    const batch = this.#batch as Batch;
    this.database.exec(`savepoint ${name}`);
    let result: QueryResult<unknown>;
    try {
      result = this.#execute(statement, query);
    } catch (error) {
      if (this.database.inTransaction) this.database.exec(`rollback to ${name}; release ${name}`);
      throw error;
    }
    this.database.exec(`release ${name}`);
    if (this.#backups > 0) this.#commitHeld(batch);
    unit.giveBack();
    await batch.done;
    return result;
  }

  /**
   * Runs an online backup of this connection's database. SQLite answers a backup step with
   * SQLITE_LOCKED while the same connection has a write transaction open, and under steady
   * writes a batch is nearly always open, so the backup would never finish: while one runs,
   * each write commits at once (one fsync per write, as without group commit), leaving the
   * steps a moment between writes.
   */
  async duringBackup<T>(backup: () => Promise<T>): Promise<T> {
    this.#backups++;
    try {
      await this.#commit(this.#batch);
      return await backup();
    } finally {
      this.#backups--;
    }
  }

  /** A unit taking the connection back after it gave it up mid-way. */
  take(): Promise<void> {
    return this.#turns.take();
  }

  give(): void {
    this.#turns.give();
  }

  #execute(statement: Statement, query: CompiledQuery): QueryResult<unknown> {
    const batch = this.#batch;
    try {
      if (!statement.readonly && batch) batch.dirty = true;
      if (statement.reader) return { rows: statement.all(query.parameters) };
      const { changes, lastInsertRowid } = statement.run(query.parameters);
      return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    } catch (error) {
      // Some errors (SQLITE_FULL, SQLITE_IOERR, …) roll back the whole transaction: the
      // batch is gone, and every write in it fails.
      if (batch && batch === this.#batch && !this.database.inTransaction) this.#lost(error);
      throw error;
    }
  }

  /** Opens the shared transaction if none is open, and schedules its commit. */
  #open(): void {
    if (this.#batch) return;
    this.database.exec("begin");
    const batch = newBatch();
    this.#batch = batch;
    setImmediate(() => void this.#commit(batch));
  }

  async #commit(batch: Batch | undefined): Promise<void> {
    if (!batch) return;
    await this.#turns.take();
    try {
      this.#commitHeld(batch);
    } finally {
      this.#turns.give();
    }
  }

  /** Commits the batch; the caller holds the connection. */
  #commitHeld(batch: Batch | undefined): void {
    if (!batch || this.#batch !== batch) return; // already committed or lost
    this.#batch = undefined;
    this.#turns.putFirst(batch.readers);
    try {
      this.database.exec("commit");
    } catch (error) {
      if (this.database.inTransaction) this.database.exec("rollback");
      batch.settle(error);
      return;
    }
    batch.settle();
  }

  #lost(error: unknown): void {
    const batch = this.#batch;
    this.#batch = undefined;
    if (this.database.inTransaction) this.database.exec("rollback");
    if (batch) {
      this.#turns.putFirst(batch.readers);
      batch.settle(error);
    }
  }

  #savepointName(): string {
    this.#savepoints = (this.#savepoints + 1) % 1_000_000;
    return `w${this.#savepoints}`;
  }
}

/** One unit of work's hold on the connection. */
class Unit implements DatabaseConnection {
  /** Set while the unit is a Kysely transaction. */
  savepoint: string | undefined;
  #holding = true;

  constructor(private readonly driver: GroupCommitDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    await this.takeAgain();
    return (await this.driver.run(this, query)) as QueryResult<R>;
  }

  // biome-ignore lint/correctness/useYield: the app never streams from SQLite; Kysely's driver refuses non-selects the same way
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not supported on the embedded database");
  }

  giveBack(): void {
    if (!this.#holding) return;
    this.#holding = false;
    this.driver.give();
  }

  /** The connection was handed to this unit directly. */
  holding(): void {
    this.#holding = true;
  }

  async takeAgain(): Promise<void> {
    if (this.#holding) return;
    await this.driver.take();
    this.#holding = true;
  }
}

/** Kysely's SQLite dialect (compiler, adapter, introspector) over the group-commit driver. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  constructor(
    private readonly database: BetterSqlite3Database,
    private readonly statements: Preparer,
  ) {
    super({ database: { close: () => database.close(), prepare: (sql: string) => statements.prepare(sql) } });
  }

  /** The driver Kysely asked for (one per Kysely instance; the store makes one). */
  driver: GroupCommitDriver | undefined;

  override createDriver(): Driver {
    this.driver = new GroupCommitDriver(this.database, this.statements);
    return this.driver;
  }
}
