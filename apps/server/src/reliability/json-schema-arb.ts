import fc, { type Arbitrary } from "fast-check";

/** The part of JSON Schema (as the OpenAPI document writes it) the fuzz understands. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
}

/** Values a handler must cope with wherever it expects something else. */
const WRONG_TYPES: unknown[] = [null, 0, -1, 1.5, 1e308, true, "", "x", [], {}, [1, 2], { nested: { deeper: [null] } }];

/** Strings that have broken servers before: NUL, lone surrogates, RTL marks, SQL and path syntax. */
export const NASTY_STRINGS: string[] = [
  "\u0000",
  "before\u0000after",
  "\ud800",
  "\udfff lone",
  "👩‍❤️‍👨 é̃ 日本語 \u202e\u200b",
  "' or 1=1 --",
  '"; drop table users; --',
  "../../etc/passwd",
  "%00%2e%2e%2f",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell probe, meant literally
  "${jndi:ldap://x}",
  "<script>alert(1)</script>",
  " ",
  "\n\r\t",
  "NaN",
  "-0",
  "9".repeat(40),
  "0000-00-00",
  "2026-02-30",
  "00000000-0000-0000-0000-000000000000",
];

/** A string arbitrary mixing ordinary text, full unicode, nasty strings and huge ones. */
export const anyString = (): Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.constantFrom(10_000, 70_000).map((n) => "é".repeat(n)) },
  );

export class SchemaArbitraries {
  constructor(
    private readonly components: Record<string, JsonSchema>,
    /** Real values the app knows (ids, codes, item ids) so valid requests reach deep code. */
    private readonly known: { uuids: string[]; strings: string[] },
  ) {}

  private resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.split("/").at(-1) ?? "";
    return this.components[name] ?? {};
  }

  /** Values that conform to the schema (as far as the generator can tell). */
  valid(input: JsonSchema, depth = 0): Arbitrary<unknown> {
    const schema = this.resolve(input);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((s) => this.valid(s, depth + 1)));
    if (schema.allOf && schema.allOf.length > 0) {
      const parts = schema.allOf.map((s) => this.resolve(s));
      const merged: JsonSchema = Object.assign({}, ...parts, {
        properties: Object.assign({}, ...parts.map((p) => p.properties)),
        required: parts.flatMap((p) => p.required ?? []),
      });
      return this.valid(merged, depth + 1);
    }
    const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["string"];
    return fc.oneof(...type.map((t) => this.validOfType(t, schema, depth)));
  }

  private validOfType(type: string, schema: JsonSchema, depth: number): Arbitrary<unknown> {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
      case "number": {
        const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
        const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
        const lo = Math.max(Math.ceil(min), -1e6);
        const hi = Math.min(Math.floor(max), 1e6);
        // Boundaries first: the edges are where off-by-one errors live.
        return fc.oneof(fc.constantFrom(lo, hi), fc.integer({ min: lo, max: Math.max(lo, hi) }));
      }
      case "array": {
        if (depth > 4) return fc.constant([]);
        const minLength = schema.minItems ?? 0;
        const maxLength = Math.min(schema.maxItems ?? 5, minLength + 5);
        return fc.array(this.valid(schema.items ?? {}, depth + 1), { minLength, maxLength });
      }
      case "object": {
        if (depth > 4) return fc.constant({});
        const props = schema.properties ?? {};
        const required = new Set(schema.required ?? []);
        const entries = Object.entries(props);
        if (entries.length === 0) return fc.constant({});
        const model: Record<string, Arbitrary<unknown>> = Object.fromEntries(entries.map(([k, s]) => [k, this.valid(s, depth + 1)]));
        return fc.record(model, { requiredKeys: entries.map(([k]) => k).filter((k) => required.has(k)) });
      }
      default:
        return this.validString(schema);
    }
  }

  private validString(schema: JsonSchema): Arbitrary<string> {
    if (schema.format === "uuid") return fc.oneof(fc.constantFrom(...this.known.uuids), fc.uuid());
    if (schema.format === "email") return fc.emailAddress();
    if (schema.format === "date-time") return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    if (schema.format === "date")
      return fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    if (schema.pattern) {
      try {
        return fc.oneof(fc.stringMatching(new RegExp(schema.pattern)), fc.constantFrom(...this.known.strings));
      } catch {
        // A pattern fast-check cannot invert: fall through to plain strings.
      }
    }
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.min(schema.maxLength ?? 60, Math.max(minLength, 60));
    const plain = fc.string({ minLength, maxLength });
    const boundary = schema.maxLength !== undefined ? [fc.constant("a".repeat(schema.maxLength)), fc.constant("a".repeat(schema.maxLength + 1))] : [];
    return fc.oneof(plain, fc.constantFrom(...this.known.strings), ...boundary);
  }

  /** Mostly valid values with one thing wrong: a wrong type, a missing or extra field, a nasty string. */
  mutated(input: JsonSchema): Arbitrary<unknown> {
    return fc.oneof(
      { weight: 2, arbitrary: this.valid(input) },
      { weight: 2, arbitrary: fc.tuple(this.valid(input), fc.constantFrom(...WRONG_TYPES), fc.nat()).map(([v, wrong, n]) => replaceSomewhere(v, wrong, n)) },
      { weight: 3, arbitrary: fc.tuple(this.valid(input), anyString(), fc.nat()).map(([v, s, n]) => replaceSomewhere(v, s, n)) },
      { weight: 1, arbitrary: fc.tuple(this.valid(input), fc.nat()).map(([v, n]) => dropSomewhere(v, n)) },
      { weight: 1, arbitrary: fc.tuple(this.valid(input), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })).map(([v, k, x]) => addField(v, k, x)) },
      { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...WRONG_TYPES)) },
    );
  }
}

/** Paths to every value inside a JSON value (objects and arrays), root first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...paths(v, [...at, i]));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function setAt(value: unknown, at: (string | number)[], next: unknown, remove = false): unknown {
  if (at.length === 0) return next;
  const [head, ...rest] = at;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = setAt(copy[Number(head)], rest, next, remove);
    return copy;
  }
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (remove && rest.length === 0) delete copy[String(head)];
    else copy[String(head)] = setAt(copy[String(head)], rest, next, remove);
    return copy;
  }
  return value;
}

function replaceSomewhere(value: unknown, next: unknown, pick: number): unknown {
  const all = paths(value);
  // Prefer a leaf inside the value over replacing the whole of it.
  const inner = all.length > 1 ? all.slice(1) : all;
  return setAt(value, inner[pick % inner.length] ?? [], next);
}

function dropSomewhere(value: unknown, pick: number): unknown {
  const inner = paths(value).slice(1);
  if (inner.length === 0) return value;
  return setAt(value, inner[pick % inner.length] ?? [], undefined, true);
}

function addField(value: unknown, key: string, extra: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) return { ...(value as Record<string, unknown>), [key || "extra"]: extra };
  return value;
}
