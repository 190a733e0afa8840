/**
 * The coach's version. Bump it whenever what `analyze` returns changes for any input:
 * stored verdicts and measured figures name the version they came from.
 * test/version.test.ts fails when the output on our own cases changes under the same
 * version (its fingerprints list one output per version).
 */
export const COACH_VERSION = "2.0.0";
