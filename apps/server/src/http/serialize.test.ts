import { describe, expect, it } from "vitest";
import { z } from "zod";
import { testApp } from "../test/api.ts";
import { compiledSerializerCompiler, zodSerializedRoutes } from "./serialize.ts";

const compile = (schema: z.ZodType) => compiledSerializerCompiler({ schema, method: "GET", url: "/api/test", httpStatus: "200" });

describe("compiled response serializer", () => {
  it("writes only the properties the schema names, as zod's parse did", () => {
    const write = compile(
      z.object({ id: z.string(), note: z.string().nullable(), count: z.number().int(), items: z.array(z.object({ kind: z.enum(["a", "b"]) })) }),
    );
    const data = { id: "x", note: null, count: 3, items: [{ kind: "a", secret: "s" }], passwordHash: "never" };
    expect(JSON.parse(write(data))).toEqual({ id: "x", note: null, count: 3, items: [{ kind: "a" }] });
  });

  it("writes nullable strings either way and optional fields only when present", () => {
    const write = compile(z.object({ note: z.string().nullable(), field: z.string().optional() }));
    expect(JSON.parse(write({ note: "hi" }))).toEqual({ note: "hi" });
    expect(JSON.parse(write({ note: null, field: "f" }))).toEqual({ note: null, field: "f" });
  });

  it("refuses a response missing a required field without quoting the data", () => {
    const write = compile(z.object({ body: z.string(), count: z.number().int() }));
    expect(() => write({ count: "an intimate sentence" })).toThrow("The response to GET /api/test does not match its schema.");
    try {
      write({ body: "x", count: "an intimate sentence" });
    } catch (error) {
      expect(String(error)).not.toContain("intimate");
    }
  });

  it("compiles every response schema of the app (none left to zod's serializer)", async () => {
    const before = zodSerializedRoutes.length;
    const t = await testApp("sqlite");
    try {
      await t.app.ready();
      expect(zodSerializedRoutes.slice(before)).toEqual([]);
      expect(t.app.apiRoutes.length).toBeGreaterThan(20);
    } finally {
      await t.close();
    }
  });

  it("keeps zod's serializer for a schema JSON Schema cannot express", () => {
    const write = compile(z.object({ at: z.date() }));
    expect(JSON.parse(write({ at: new Date(0), extra: 1 }))).toEqual({ at: "1970-01-01T00:00:00.000Z" });
  });
});
