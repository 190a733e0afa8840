/** Whole weeks since Monday 1 January 2024 (UTC), for the weekly ritual's rotation. */
const EPOCH = Date.UTC(2024, 0, 1);
const WEEK = 7 * 24 * 60 * 60 * 1000;

export const weekIndex = (now: number = Date.now()): number => Math.floor((now - EPOCH) / WEEK);
