// A tiny HTTP client that signs in through next-auth's real credentials flow and keeps cookies.
export const DEMO_PASSWORD = "parallax-demo";

export class Client {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1);
      if (value === "" || /max-age=0/i.test(c)) this.cookies.delete(pair.slice(0, i));
      else this.cookies.set(pair.slice(0, i), value);
    }
  }

  /**
   * Mutating requests carry `Origin: <baseUrl>` as a browser's same-origin requests do (the
   * server refuses cookie-authenticated writes without it); pass `origin: ""` to leave it out.
   */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const method = (init.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = {
      ...(method === "GET" || method === "HEAD" ? {} : { origin: this.baseUrl }),
      ...this.headers,
      ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
      ...(init.headers as Record<string, string>),
    };
    if (headers.origin === "") delete headers.origin;
    const res = await fetch(this.baseUrl + path, { redirect: "manual", ...init, headers });
    this.keep(res);
    return res;
  }

  /** JSON request; returns status and parsed body (null for empty). */
  async json<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await this.fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Sign in with email and password; returns next-auth's error text, or null on success. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<string | null> {
    const csrf = await (await this.fetch("/api/auth/csrf")).json();
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }).toString(),
    });
    // With json=true next-auth answers { url }; the error, if any, is in that URL's query.
    const location = res.headers.get("location") ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
    return new URL(location, this.baseUrl).searchParams.get("error");
  }

  async signOut(): Promise<void> {
    const csrf = await (await this.fetch("/api/auth/csrf")).json();
    await this.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: "true" }).toString(),
    });
  }

  /** A copy carrying the same cookies (to replay an old session cookie after sign-out). */
  clone(): Client {
    const c = new Client(this.baseUrl, this.headers);
    for (const [k, v] of this.cookies) c.cookies.set(k, v);
    return c;
  }
}

export async function signedIn(baseUrl: string, email: string, headers: Record<string, string> = {}): Promise<Client> {
  const c = new Client(baseUrl, headers);
  const error = await c.signIn(email);
  if (error) throw new Error(`sign-in as ${email} failed: ${error}`);
  return c;
}
