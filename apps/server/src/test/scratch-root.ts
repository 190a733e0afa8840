import { existsSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";

const RAM_DIR = "/dev/shm";
const ENOUGH_ROOM = 1024 ** 3;

function ramHasRoom(): boolean {
  if (!existsSync(RAM_DIR)) return false;
  try {
    const fs = statfsSync(RAM_DIR);
    return fs.bavail * fs.bsize >= ENOUGH_ROOM;
  } catch {
    return false;
  }
}

/**
 * Where test databases and data folders go: memory (tmpfs) when the machine has a
 * roomy /dev/shm, else the temp folder. SQLite fsyncs every commit (synchronous=FULL),
 * which on a busy disk costs more than the test's own work; no test here is about
 * surviving a power cut (the kill -9 tests kill the process, and memory outlives it).
 * ATTUNE_TEST_TMP overrides, e.g. to keep a failed run's files on disk.
 */
export const scratchRoot: string = process.env.ATTUNE_TEST_TMP ?? (ramHasRoom() ? RAM_DIR : tmpdir());
