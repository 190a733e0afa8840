/**
 * The coach's version: bumped whenever its output for the same input changes (labels,
 * reasons, rewrites), so a stored verdict can say which coach made it.
 * 3: rewrites meet what the sharer brought (issue 12, coach v3).
 */
export const COACH_VERSION = 3;
