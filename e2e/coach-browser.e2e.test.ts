import { expect } from "@playwright/test";
import { analyze } from "../packages/coach/src/index.ts";
import { type LabelledCase, loadHoldout, loadTraining } from "../packages/coach/scripts/lib/corpus.ts";
import { coachBrowserBundle } from "../packages/coach/test/bundle/bundle.ts";
import { testWithServer } from "./lib/index.ts";

/**
 * The coach in a real browser: it runs there and gives the same answers as in Node. Its
 * speed (first analysis within 300 ms) is measured by bench/coach-browser.bench.ts.
 */

const test = testWithServer();

test.describe("the coach in Chromium", () => {
  test("analyses a share and a reply in the browser", async ({ browser, server }) => {
    const { code } = await coachBrowserBundle();
    const page = await browser.newPage({ serviceWorkers: "block" });
    await page.goto(`${server.url}/welcome`);
    // Loaded as an inline script the way a chunk would be evaluated; the CSP allows only
    // same-origin scripts, so route a same-origin URL to the bundle.
    await page.route("**/coach-under-test.js", (route) => route.fulfill({ contentType: "text/javascript", body: code }));
    await page.addScriptTag({ url: "/coach-under-test.js" });
    const first = await page.evaluate(() => {
      type Coach = { analyze: (i: { share: string; reply?: string }) => { pitfalls: string[]; shareEmotions: string[] } };
      const coach = (globalThis as unknown as { attuneCoach: Coach }).attuneCoach;
      const share = "I've been so anxious about the review tomorrow, I can't sleep.";
      const result = coach.analyze({ share, reply: "You should just prepare more and stop worrying." });
      return { pitfalls: result.pitfalls, emotions: result.shareEmotions };
    });
    expect(first.pitfalls).toContain("fixing");
    expect(first.emotions).toContain("fear");
    await page.close();
  });

  // The two builds (Node's and the browser bundle) must not drift: our own and held-out
  // cases, and every third case of each training writer (a fixed third since 10.8's forty-six
  // writers: about 5,700 cases, every writer and every label; the whole corpus took 80–100 s
  // on CI's two cores at twenty-eight writers), are analysed in both, and the whole analyses must be equal.
  test("gives the same analysis as Node on our cases and a third of every writer's", async ({ browser, server }) => {
    const third = (c: LabelledCase, k: number): boolean => c.group === "own" || c.group === "holdout" || k % 3 === 0;
    const cases = [...loadTraining(), ...loadHoldout()].filter(third).map((c) => ({
      share: c.share,
      ...(c.reply !== undefined ? { reply: c.reply } : {}),
      ...(c.notes.length > 0 ? { partnerNotes: c.notes } : {}),
    }));
    const { code } = await coachBrowserBundle();
    const page = await browser.newPage({ serviceWorkers: "block" });
    await page.goto(`${server.url}/welcome`);
    await page.route("**/coach-under-test.js", (route) => route.fulfill({ contentType: "text/javascript", body: code }));
    await page.addScriptTag({ url: "/coach-under-test.js" });
    const browserRun = page.evaluate((inputs) => {
      const coach = (globalThis as unknown as { attuneCoach: { analyze: (i: unknown) => unknown } }).attuneCoach;
      return inputs.map((i) => JSON.stringify(coach.analyze(i)));
    }, cases);
    // Node analyses while the browser does (two processes), yielding between chunks so the
    // browser's request goes out first; then the two are compared.
    const inNode: string[] = [];
    for (let k = 0; k < cases.length; k += 500) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      for (const i of cases.slice(k, k + 500)) inNode.push(JSON.stringify(analyze(i)));
    }
    const inBrowser = await browserRun;
    const differ = inNode.flatMap((a, k) => (a === inBrowser[k] ? [] : [k]));
    console.log(`coach in Chromium vs Node: ${cases.length} labelled cases, ${differ.length} differ`);
    expect(differ.slice(0, 5).map((k) => ({ input: cases[k], node: inNode[k], browser: inBrowser[k] }))).toEqual([]);
    expect(cases.length).toBeGreaterThan(5000);
    await page.close();
  });
});
