#!/usr/bin/env node
// `node scripts/ci/native-prebuild.mjs save`, after `npm ci`: keeps the better-sqlite3 addon
// that `npm ci` just compiled where its installer (prebuild-install) looks before compiling:
// npm's cache, ~/.npm/_prebuilds/, under the name a downloaded prebuilt binary would have.
// Its download fails here (no route to GitHub), so each clean clone compiled SQLite from
// source, one ~9 MB C file on one core: ~55 of npm ci's ~105 s. The name holds the package
// version, Node's ABI, the platform, libc and the CPU, so another version or Node compiles
// (and is kept) afresh; prebuild-install loads the binary before it accepts it, and compiles
// when that fails. Nothing here runs unless CI calls it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const packageDir = path.join(root, "node_modules/better-sqlite3");
const binary = "build/Release/better_sqlite3.node";

/** Where prebuild-install looks for a cached binary of this install (its own rc and util). */
function cachedPrebuildPath() {
  const fromPackage = createRequire(path.join(packageDir, "package.json"));
  const installer = path.dirname(fromPackage.resolve("prebuild-install/package.json"));
  const pkg = fromPackage("./package.json");
  const rc = fromPackage(path.join(installer, "rc.js"))(pkg);
  const util = fromPackage(path.join(installer, "util.js"));
  return util.cachedPrebuild(util.getDownloadUrl({ ...rc, pkg }));
}

if (process.argv[2] !== "save") {
  console.error("usage: node scripts/ci/native-prebuild.mjs save");
  process.exit(2);
}
const target = cachedPrebuildPath();
if (existsSync(target)) {
  console.log(`native-prebuild: already kept at ${target}`);
} else if (!existsSync(path.join(packageDir, binary))) {
  console.log(`native-prebuild: no ${binary} to keep`);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  execFileSync("tar", ["-czf", partial, "-C", packageDir, binary]);
  // A rename, so a concurrent install never reads half a file.
  renameSync(partial, target);
  console.log(`native-prebuild: kept ${binary} at ${target}`);
}
