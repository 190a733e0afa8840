import type { FastifySerializerCompiler } from "fastify";
import fastJson from "fast-json-stringify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

type JsonSchema = Record<string, unknown>;

const PRIMITIVES = new Set(["string", "number", "integer", "boolean"]);

/**
 * zod writes `.nullable()` as `anyOf: [T, {type: "null"}]`; fast-json-stringify answers an
 * anyOf by validating each branch at run time. For a primitive T the same meaning fits in
 * `type: [T, "null"]`, which it writes directly.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplify(value);
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const isNull = (s: unknown) => typeof s === "object" && s !== null && (s as JsonSchema).type === "null" && Object.keys(s).length === 1;
    const other = anyOf.find((s) => !isNull(s)) as JsonSchema | undefined;
    if (other && anyOf.some(isNull) && typeof other.type === "string" && PRIMITIVES.has(other.type) && !("anyOf" in other)) {
      const { anyOf: _drop, ...rest } = out;
      return { ...rest, ...other, type: [other.type, "null"] };
    }
  }
  return out;
}

/**
 * Response bodies are written by fast-json-stringify, compiled once per route from the route's
 * zod response schema (the same schema the OpenAPI document is generated from), instead of a
 * zod parse and JSON.stringify per response. Like zod's parse, it writes only the declared
 * properties, so a field the schema does not name never leaves the server. A schema JSON
 * Schema cannot express (a transform) keeps zod's serializer.
 */
/** Routes whose response schema fell back to zod's serializer (a test keeps this empty for ours). */
export const zodSerializedRoutes: string[] = [];

export const compiledSerializerCompiler: FastifySerializerCompiler<z.ZodType> = (route) => {
  const { schema, method, url } = route;
  let stringify: (data: unknown) => string;
  try {
    const json = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "throw" });
    stringify = fastJson(simplify(json) as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
  } catch {
    zodSerializedRoutes.push(`${method} ${url}`);
    return zodSerializerCompiler(route);
  }
  return (data) => {
    try {
      return stringify(data);
    } catch {
      // fast-json-stringify's messages can quote the value; replies and check-ins never go to logs.
      throw new Error(`The response to ${method} ${url} does not match its schema.`);
    }
  };
};
