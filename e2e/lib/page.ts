import type { Download, Page } from "playwright-core";

/** The page's current path, without origin or query. */
export const pathOf = (page: Page): string => new URL(page.url()).pathname;

/** True when nothing scrolls sideways (the layout fits a phone). */
export const fitsWidth = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** A request from inside the page, with the person's own cookies (and the CSRF header). */
export async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers: Record<string, string> = { accept: "application/json" };
      if (method !== "GET") headers["x-attune-csrf"] = "1";
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await res.text();
      return { status: res.status, data: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/** A download's contents as text; streamed, because a shared browser (browser-servers.ts) keeps no local path. */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
