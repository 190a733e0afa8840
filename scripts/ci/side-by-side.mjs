// Runs commands side by side, a few at a time (longest first), keeping each one's output
// apart: a success prints one line, a failure prints its whole output under its name.
// Used by scripts/ci/checks.mjs (the checks `npm test` runs before vitest).
import { spawn } from "node:child_process";

/**
 * @typedef {{ name: string, command: string, args: string[] }} Task
 * @typedef {{ name: string, code: number, seconds: number, output: string }} Outcome
 */

/**
 * Runs every task, at most `concurrency` at once, in the order given (put the longest first).
 * Never rejects: a command that cannot start counts as failed with the reason as its output.
 * @param {Task[]} tasks
 * @param {{ concurrency: number, cwd?: string, onDone?: (outcome: Outcome) => void }} options
 * @returns {Promise<Outcome[]>} in the order of `tasks`
 */
export async function runSideBySide(tasks, { concurrency, cwd, onDone }) {
  /** @type {Outcome[]} */
  const outcomes = new Array(tasks.length);
  let next = 0;
  async function lane() {
    while (next < tasks.length) {
      const index = next++;
      const outcome = await runOne(tasks[index], cwd);
      outcomes[index] = outcome;
      onDone?.(outcome);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, lane));
  return outcomes;
}

/** @param {Task} task @param {string | undefined} cwd @returns {Promise<Outcome>} */
function runOne(task, cwd) {
  const started = performance.now();
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    // FORCE_COLOR keeps tsc's and Biome's colours though their output goes to a pipe.
    const child = spawn(task.command, task.args, { cwd, env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" } });
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    const finish = (/** @type {number} */ code, /** @type {string} */ extra = "") =>
      resolve({ name: task.name, code, seconds: (performance.now() - started) / 1000, output: Buffer.concat(chunks).toString("utf8") + extra });
    child.on("error", (error) => finish(127, `could not start ${task.command}: ${error.message}\n`));
    child.on("close", (code, signal) => finish(code ?? 1, signal ? `killed by ${signal}\n` : ""));
  });
}
