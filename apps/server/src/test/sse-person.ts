/** A person on the real HTTP server, as a browser would be (cookie + CSRF header), whose event stream is kept as raw text. */
export class SsePerson {
  cookie = "";
  email = "";
  constructor(private readonly base: string) {}

  async call(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(this.base + path, {
      method,
      headers: { "content-type": "application/json", "x-attune-csrf": "1", cookie: this.cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = res.headers.get("set-cookie");
    if (set?.startsWith("attune_session=")) this.cookie = set.split(";")[0] ?? "";
    return res;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (await this.call(method, path, body)).json()) as T;
  }

  async signUp(name: string, extra: Record<string, unknown> = {}): Promise<this> {
    this.email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`;
    const res = await this.call("POST", "/api/auth/signup", { email: this.email, displayName: name, password: "long enough phrase", ...extra });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status}`);
    return this;
  }

  /** The same person signed in again: a second session, as on a second device. */
  async secondDevice(base = this.base): Promise<SsePerson> {
    const other = new SsePerson(base);
    other.email = this.email;
    await other.call("POST", "/api/auth/login", { email: this.email, password: "long enough phrase" });
    return other;
  }

  /** Opens /api/events; `events` are the names heard, `raw` everything the stream carried, `ended` once it closed. */
  async listen(): Promise<{ events: string[]; raw: () => string; ended: () => boolean; close(): void }> {
    const controller = new AbortController();
    const res = await fetch(`${this.base}/api/events`, { headers: { cookie: this.cookie }, signal: controller.signal });
    const events: string[] = [];
    let raw = "";
    let ended = false;
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          const text = decoder.decode(chunk.value);
          raw += text;
          for (const m of text.matchAll(/^event: ([\w-]+)$/gm)) events.push(m[1] ?? "");
        }
      } catch {
        // aborted
      }
      ended = true;
    })();
    return { events, raw: () => raw, ended: () => ended, close: () => controller.abort() };
  }
}

/** Waits for a condition the test caused (never a fixed sleep). */
export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function linkPeople(a: SsePerson, b: SsePerson): Promise<void> {
  const { code } = await a.json<{ code: string }>("POST", "/api/invites");
  await b.call("POST", `/api/invites/${code}/accept`);
}
