import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point inwards. A rule in a test, not in review: the coach and the shared
 * schemas know nothing of the apps; the coach runs in a browser (no Node built-ins outside
 * its CLI and scripts); domain code sees neither HTTP nor SQL.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function sources(dir: string): string[] {
  const abs = path.join(root, dir);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
    }
  };
  try {
    walk(abs);
  } catch {
    // a folder that does not exist yet has nothing to check
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']/g)].map((m) => m[1] ?? "");
}

function offenders(dir: string, bad: (spec: string, file: string) => boolean, skip: RegExp = /$^/): string[] {
  return sources(dir)
    .filter((f) => !skip.test(path.relative(root, f)))
    .flatMap((f) => imports(f).filter((s) => bad(s, f)).map((s) => `${path.relative(root, f)} imports ${s}`));
}

const resolvesInto = (spec: string, file: string, target: string) =>
  spec.startsWith(".") && path.resolve(path.dirname(file), spec).startsWith(path.join(root, target));

describe("dependency direction", () => {
  it("keeps the coach free of the apps, of other packages and of Node built-ins", () => {
    const bad = offenders(
      "packages/coach/src",
      (s, f) => s.startsWith("node:") || /^(fs|path|os|crypto|child_process)$/.test(s) || s.startsWith("@attune/") || resolvesInto(s, f, "apps") || (!s.startsWith(".") && !s.startsWith("node:")),
      /packages\/coach\/src\/cli\//,
    );
    expect(bad).toEqual([]);
  });

  it("keeps the shared schemas free of the apps", () => {
    const bad = offenders("packages/shared/src", (s, f) => resolvesInto(s, f, "apps") || s.startsWith("@attune/") || s.startsWith("node:"));
    expect(bad).toEqual([]);
  });

  it("keeps domain code free of HTTP and SQL", () => {
    const bad = offenders(
      "apps/server/src/domain",
      (s, f) =>
        /^(fastify|@fastify\/|kysely|pg|better-sqlite3)/.test(s) ||
        resolvesInto(s, f, "apps/server/src/http") ||
        resolvesInto(s, f, "apps/server/src/routes") ||
        (resolvesInto(s, f, "apps/server/src/storage") && !s.endsWith("/store.ts")),
    );
    expect(bad).toEqual([]);
  });

  it("keeps SQL inside storage", () => {
    const bad = ["apps/server/src/routes", "apps/server/src/http", "apps/web/src"].flatMap((d) =>
      offenders(d, (s) => /^(kysely|pg|better-sqlite3)$/.test(s)),
    );
    expect(bad).toEqual([]);
  });

  it("finds the files it checks (guards against a silently empty scan)", () => {
    expect(sources("apps/server/src/domain").length).toBeGreaterThan(3);
    expect(sources("packages/shared/src").length).toBeGreaterThan(2);
  });
});
