/** Stored times are epoch milliseconds; people and the API read ISO 8601 in UTC. */
export const iso = (ms: number): string => new Date(ms).toISOString();
