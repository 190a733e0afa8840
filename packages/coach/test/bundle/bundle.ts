import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/index.ts");

/**
 * The coach as the browser gets it: one minified ES bundle of the package's public
 * entry (weights included), exposing `analyze` on `globalThis.attuneCoach` when loaded
 * as a classic script. Built with esbuild, the bundler tsx already brings along.
 */
export async function coachBrowserBundle(): Promise<{ code: string; bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "attuneCoach",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}
