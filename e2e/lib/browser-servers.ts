import type { TestProject } from "vitest/node";
import { launchBrowserServer } from "./browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** One Chromium per e2e worker (index: VITEST_POOL_ID - 1), shared by the files it runs. */
    chromiumEndpoints: string[];
  }
}

/**
 * The e2e project's global setup: one Chromium per worker, started once for the run
 * instead of once per file (a launch is seconds on a busy machine). Files still get a
 * fresh, isolated context per person; closing their connection closes those contexts.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const servers = await Promise.all(Array.from({ length: workers }, () => launchBrowserServer()));
  project.provide(
    "chromiumEndpoints",
    servers.map((s) => s.wsEndpoint()),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
