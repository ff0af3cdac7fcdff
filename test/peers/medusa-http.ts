/** A tiny JSON client for Medusa's REST APIs, used by the test harness to seed and to read back (not the connector). */
export class MedusaHttp {
  constructor(readonly baseUrl: string, private readonly headers: Record<string, string>) {}

  async call<T = any>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...this.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`Medusa ${method} ${path} → ${res.status}: ${text.slice(0, 1500)}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  get = <T = any>(path: string) => this.call<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.call<T>('POST', path, body);
}

/** Signs the seeded admin in (emailpass) and answers a client carrying its JWT. */
export async function adminSession(baseUrl: string, creds: { email: string; password: string }): Promise<MedusaHttp> {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(creds) });
  if (!login.ok) throw new Error(`Medusa admin sign-in failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  return new MedusaHttp(baseUrl, { authorization: `Bearer ${token}` });
}
