import { readFileSync } from "node:fs";

/** The parts of a V8 .cpuprofile (written by `node --cpu-prof`) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** Which package a script belongs to: the npm package, node's own, or Attune's source. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node:internal";
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m?.[1]) return m[1];
  if (url.includes("/apps/server/")) return "attune server";
  return url.replace(/^file:\/\//, "");
}

/**
 * Self time by function and by package. The idle time is left out of the shares (a server
 * waiting for the next request is not spending CPU), so shares are of the busy time.
 */
export function summarise(file: string, top = 25): { busyMs: number; functions: SelfTime[]; packages: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === "(idle)") return;
    busy += us;
    const where = frame.url ? ` ${frame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/apps\//, "apps/")}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"}${where}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    const p = packageOf(frame.url, frame.functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + us);
  });
  const rank = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busy ? us / busy : 0 }));
  return { busyMs: busy / 1000, functions: rank(fn, top), packages: rank(pkg, 15) };
}
