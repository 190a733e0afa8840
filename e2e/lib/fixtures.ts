import { test as base } from "@playwright/test";
import { coupleByApi, type ApiSignUpOptions } from "./api-people.ts";
import { closeContexts } from "./browser.ts";
import type { Person } from "./people.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./server.ts";

export interface AppFixtures {
  /** The file's server (fresh data): started once per file in each worker that runs its tests. Infrastructure, not data: tests share it, never each other's rows. */
  server: TestServer;
  /** The names the `couple` fixture signs up (`test.use({ coupleNames: ["Cara", "Dan"] })`). */
  coupleNames: [string, string];
  /** Options for the `couple` fixture's two people, e.g. `test.use({ coupleOptions: [{}, { viewport: PHONE }] })`. */
  coupleOptions: [ApiSignUpOptions?, ApiSignUpOptions?];
  /** Two people signed up and linked through the API for this test alone, each with a blank page (`goto` first). */
  couple: [Person, Person];
}

/**
 * Playwright Test's `test` for a browser file: the file's own server, a `couple` made for each
 * test that asks for one, and every context on the worker's browser closed after each test, so
 * no test sees a page, a person or a row another test left (issue 13: each test stands alone,
 * in any order, on any worker).
 *
 * @example
 *   const test = testWithServer();
 *   test("Ben replies", async ({ couple: [ana, ben], server }) => { await ben.page.goto("/timeline"); … });
 */
export function testWithServer(options: TestServerOptions = {}) {
  let running: TestServer | undefined;
  const test = base.extend<AppFixtures & { closeContextsAfterEach: undefined }>({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; the server needs none
    server: async ({}, use) => {
      if (!running) throw new Error("The file's server is not running (testWithServer's beforeAll).");
      await use(running);
    },
    coupleNames: [["Ana", "Ben"], { option: true }],
    coupleOptions: [[], { option: true }],
    couple: async ({ browser, server, coupleNames, coupleOptions }, use) => {
      await use(await coupleByApi(browser, server.url, coupleNames, coupleOptions));
    },
    // After each test (and after the fixtures above): pages left open keep a live stream and
    // timers running while the next test runs, and could be picked up by it.
    closeContextsAfterEach: [
      async ({ browser }, use) => {
        await use(undefined);
        await closeContexts(browser);
      },
      { auto: true },
    ],
  });
  test.beforeAll(async () => {
    running = await startTestServer(options);
  });
  test.afterAll(async ({ browser }) => {
    await closeContexts(browser);
    await running?.close();
    running = undefined;
  });
  return test;
}
