/**
 * Renders the app icons (apps/web/public/icons/*.png) from their SVGs with the Chromium
 * the browser tests use, so no image tool beyond npm and Debian is needed:
 *   node --import tsx scripts/pwa/render-icons.ts
 * The PNGs are committed; run this again after changing an SVG.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/web/public/icons");
const jobs: { svg: string; out: string; size: number }[] = [
  { svg: "icon.svg", out: "icon-192.png", size: 192 },
  { svg: "icon.svg", out: "icon-512.png", size: 512 },
  { svg: "maskable.svg", out: "maskable-192.png", size: 192 },
  { svg: "maskable.svg", out: "maskable-512.png", size: 512 },
  { svg: "maskable.svg", out: "apple-touch-icon-180.png", size: 180 },
];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const job of jobs) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size }, deviceScaleFactor: 1 });
    const svg = readFileSync(path.join(dir, job.svg), "utf8");
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img style="display:block;width:${job.size}px;height:${job.size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body></html>`,
    );
    await page.locator("img").screenshot({ path: path.join(dir, job.out), omitBackground: true });
    await page.close();
    console.log(`${job.out} (${job.size}×${job.size})`);
  }
} finally {
  await browser.close();
}
