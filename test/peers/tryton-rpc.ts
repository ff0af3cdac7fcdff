/** A bare JSON-RPC client for the peer harness and tests (seeding, driving shipments); the plugin has its own. */
export class TrytonRpc {
  private auth?: string;
  private context: Record<string, unknown> = {};

  constructor(readonly baseUrl: string, readonly database: string) {}

  async raw(method: string, params: unknown[]): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}/${this.database}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.auth ? { authorization: this.auth } : {}) },
      body: JSON.stringify({ id: 1, method, params }),
    });
    if (!res.ok) throw new Error(`${method}: HTTP ${res.status}`);
    const body = (await res.json()) as { result?: unknown; error?: unknown };
    if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error).slice(0, 500)}`);
    return body.result;
  }

  async login(user = 'admin', password = 'admin'): Promise<void> {
    const [uid, session] = (await this.raw('common.db.login', [user, { password }])) as [number, string];
    this.auth = `Session ${Buffer.from(`${user}:${uid}:${session}`).toString('base64')}`;
    this.context = (await this.raw('model.res.user.get_preferences', [true, {}])) as Record<string, unknown>;
  }

  /** `model.<model>.<method>` with the user's context appended. */
  call<T = unknown>(model: string, method: string, ...args: unknown[]): Promise<T> {
    return this.raw(`model.${model}.${method}`, [...args, this.context]) as Promise<T>;
  }

  async one(model: string, domain: unknown[]): Promise<number> {
    const ids = await this.call<number[]>(model, 'search', domain, 0, 1);
    if (!ids.length) throw new Error(`no ${model} for ${JSON.stringify(domain)}`);
    return ids[0];
  }
}

export const decimal = (v: number | string) => ({ __class__: 'Decimal', decimal: String(v) });
