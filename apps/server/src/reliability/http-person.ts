/** A person using a real server over HTTP as the browser does (session cookie, CSRF header). */
export class HttpPerson {
  cookie = "";
  email = "";
  readonly password = "a calm river at dusk";

  constructor(public base: string) {}

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
    const res = await fetch(this.base + path, {
      method,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), "x-attune-csrf": "1", ...(this.cookie ? { cookie: this.cookie } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = res.headers.get("set-cookie");
    if (set?.startsWith("attune_session=")) this.cookie = set.split(";")[0] ?? "";
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  }

  async signUp(displayName: string): Promise<this> {
    this.email = `${displayName.toLowerCase().replace(/\W/g, "")}-${Math.random().toString(36).slice(2)}@example.test`;
    const res = await this.call("POST", "/api/auth/signup", { email: this.email, displayName, password: this.password });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
    return this;
  }

  async linkWith(other: HttpPerson): Promise<void> {
    const invite = await this.call("POST", "/api/invites");
    const code = (invite.json as { code: string }).code;
    const accepted = await other.call("POST", `/api/invites/${code}/accept`);
    if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  }
}
