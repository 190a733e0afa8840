import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build, type Rollup } from "vite";
import { describe, expect, it } from "vitest";

// Why: the app is opened on phones, often on a slow connection, at the end of a long
// day. What the first screen needs must stay small; big features (the coach's model,
// for one) should load with `import()` when their screen opens, in their own chunk.
const ENTRY_GZIP_BUDGET = 180 * 1024;
const CSS_GZIP_BUDGET = 20 * 1024;

const config = fileURLToPath(new URL("../vite.config.ts", import.meta.url));

describe("web bundle budget", () => {
  it("keeps the JavaScript and CSS loaded on first visit under budget (gzip)", async () => {
    // Vitest sets NODE_ENV=test, which would pull in React's development build; measure
    // what people actually download.
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    let result: Awaited<ReturnType<typeof build>>;
    try {
      // write: false — nothing touches apps/web/dist, which the browser tests serve.
      result = await build({ configFile: config, mode: "production", logLevel: "silent", build: { write: false, sourcemap: false } });
    } finally {
      process.env.NODE_ENV = previous;
    }
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const files = outputs.flatMap((o) => o.output);
    const gz = (code: string | Uint8Array) => gzipSync(code).byteLength;
    const entry = files.filter((f): f is Rollup.OutputChunk => f.type === "chunk" && f.isEntry);
    expect(entry.length).toBe(1);
    // The entry plus the chunks it imports statically are all fetched before first paint.
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name)) return;
      initial.add(name);
      const chunk = files.find((f) => f.fileName === name);
      if (chunk?.type === "chunk") chunk.imports.forEach(visit);
    };
    for (const c of entry) visit(c.fileName);
    const jsBytes = files.filter((f) => f.type === "chunk" && initial.has(f.fileName)).reduce((n, f) => n + gz((f as Rollup.OutputChunk).code), 0);
    const cssBytes = files.filter((f) => f.type === "asset" && f.fileName.endsWith(".css")).reduce((n, f) => n + gz((f as Rollup.OutputAsset).source), 0);
    console.info(`web bundle: first-load JS ${(jsBytes / 1024).toFixed(1)} KiB gzip, CSS ${(cssBytes / 1024).toFixed(1)} KiB gzip`);
    expect(jsBytes).toBeLessThan(ENTRY_GZIP_BUDGET);
    expect(cssBytes).toBeLessThan(CSS_GZIP_BUDGET);
  });
});
