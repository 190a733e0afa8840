export * from "./auth.ts";
export * from "./checkins.ts";
export * from "./couple.ts";
export * from "./daily-question.ts";
export * from "./errors.ts";
export * from "./content/index.ts";
