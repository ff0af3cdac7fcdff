import type { PluginContext, PluginHttpResponse } from '@oms/runtime';
import type { TrytonConfig, TrytonCredentials } from '../config.js';
import { failure, isFailure } from '@oms-plugin/kit';
import { classifyRpcError } from '../failure.js';

type Ctx = PluginContext<TrytonConfig, TrytonCredentials>;
interface Session {
  auth: string;
  context: Record<string, unknown>;
}

/** Tryton's session timeout is 10 minutes of inactivity by default; we re-login before that, and on any 401. */
const SESSION_TTL_SECONDS = 300;
const CALL_TIMEOUT_MS = 15_000;

/** JSON-RPC to trytond through the host's HTTP client: login once per installation, calls with the user's context. */
export class TrytonClient {
  private session?: Session;

  constructor(private readonly ctx: Ctx) {}

  private get endpoint() {
    return `${this.ctx.config.url.replace(/\/+$/, '')}/${encodeURIComponent(this.ctx.config.database)}/`;
  }

  private get stateKey() {
    return `session:${this.ctx.config.database}:${this.ctx.credentials.username}`;
  }

  private async post(method: string, params: unknown[], auth?: string): Promise<PluginHttpResponse> {
    const timeoutMs = Math.max(1, Math.floor(Math.min(CALL_TIMEOUT_MS, this.ctx.deadline - this.ctx.clock.now())));
    try {
      return await this.ctx.http.request({
        method: 'POST', url: this.endpoint, timeoutMs, body: { id: 1, method, params },
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      });
    } catch (e) {
      if (isFailure(e)) throw e;
      // No answer (timeout, reset): the call may or may not have been applied — retryable, pushes search first.
      throw failure('retryable', `${method}: no response from Tryton (${(e as Error)?.name ?? 'error'}: ${(e as Error)?.message ?? e})`);
    }
  }

  private result(method: string, res: PluginHttpResponse): unknown {
    if (res.status === 429) throw failure('rate-limited', `${method}: Tryton refused too many attempts (429)`, { retryAfterMs: 60_000 });
    if (res.status >= 500) throw failure('retryable', `${method}: Tryton answered HTTP ${res.status}`);
    if (res.status !== 200) throw failure('permanent', `${method}: Tryton answered HTTP ${res.status}`);
    const body = res.body as { result?: unknown; error?: unknown } | string;
    if (typeof body !== 'object' || body === null) throw failure('permanent', `${method}: not a JSON-RPC answer`);
    if (body.error !== undefined && body.error !== null) throw classifyRpcError(method, body.error);
    return body.result;
  }

  private async login(): Promise<Session> {
    const { username, password } = this.ctx.credentials;
    const res = await this.post('common.db.login', [username, { password }]);
    if (res.status === 401 || res.status === 403) throw failure('auth', `Tryton login refused for user '${username}' on database '${this.ctx.config.database}'`);
    if (res.status === 404) throw failure('permanent', `Tryton has no database '${this.ctx.config.database}'`);
    const [uid, token] = this.result('common.db.login', res) as [number, string];
    const auth = `Session ${Buffer.from(`${username}:${uid}:${token}`).toString('base64')}`;
    const context = this.result('get_preferences', await this.post('model.res.user.get_preferences', [true, {}], auth)) as Record<string, unknown>;
    const session = { auth, context };
    await this.ctx.state.set(this.stateKey, session, { ttlSeconds: SESSION_TTL_SECONDS });
    return session;
  }

  private async current(): Promise<Session> {
    this.session ??= (await this.ctx.state.get<Session>(this.stateKey)) ?? (await this.login());
    return this.session;
  }

  /** `model.<model>.<method>(...args, context)`; `context` is merged over the user's preferences. */
  async call<T = unknown>(model: string, method: string, args: unknown[], context: Record<string, unknown> = {}): Promise<T> {
    const name = `model.${model}.${method}`;
    for (let attempt = 0; ; attempt++) {
      const s = await this.current();
      const res = await this.post(name, [...args, { ...s.context, ...context }], s.auth);
      if ((res.status === 401 || res.status === 403) && attempt === 0) {
        // Expired or revoked session: log in again once.
        await this.ctx.state.delete(this.stateKey);
        this.session = undefined;
        continue;
      }
      if (res.status === 401 || res.status === 403) throw failure('auth', `${name}: Tryton refused the session (HTTP ${res.status})`);
      return this.result(name, res) as T;
    }
  }

  searchRead<T>(model: string, domain: unknown[], fields: string[], opts: { offset?: number; limit?: number; order?: Array<[string, 'ASC' | 'DESC']>; context?: Record<string, unknown> } = {}): Promise<T[]> {
    return this.call<T[]>(model, 'search_read', [domain, opts.offset ?? 0, opts.limit ?? null, opts.order ?? null, fields], opts.context);
  }

  /** Logs in (fresh) and reads the preferences: "test connection". */
  async check(): Promise<Record<string, unknown>> {
    await this.ctx.state.delete(this.stateKey);
    this.session = await this.login();
    return this.session.context;
  }
}
