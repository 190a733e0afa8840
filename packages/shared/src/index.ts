export * from "./auth.ts";
export * from "./couple.ts";
export * from "./errors.ts";
