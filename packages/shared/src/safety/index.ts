export * from "./resources.ts";
export * from "./conflict-work.ts";
export * from "./texts.ts";
