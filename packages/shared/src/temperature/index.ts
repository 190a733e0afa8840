export * from "./parts.ts";
export * from "./schema.ts";
export * from "./complaint-to-request.ts";
