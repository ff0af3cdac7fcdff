import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PluginHttpRequest } from '@oms/runtime';
import type { Harness } from './plugin-harness.js';
import type { RecordedExchange } from '../contract/fixture-types.js';

export interface Recorder {
  /** Exchanges recorded since the last `take()`, in order, each answering once. */
  take(): RecordedExchange[];
}

/**
 * Wraps a harness's HTTP client so every real request to a real peer is kept with the peer's answer, as
 * contract-fixture exchanges (path relative to the peer; `match` names what tells calls apart, `write` marks
 * the calls that change the peer). Used by test/contract/record/* to refresh fixtures/recorded/*.json.
 */
export function recordHarness(h: Harness, opts: { match(req: PluginHttpRequest): string[]; write(req: PluginHttpRequest): boolean }): Recorder {
  let taken: RecordedExchange[] = [];
  const real = h.ctx.http.request.bind(h.ctx.http);
  h.ctx.http.request = async (req) => {
    const res = await real(req);
    const url = new URL(req.url);
    const query = Object.fromEntries(Object.entries(req.query ?? {}).map(([k, v]) => [k, String(v)]));
    const headers = res.headers['retry-after'] ? { 'retry-after': res.headers['retry-after'] } : undefined;
    taken.push({
      request: { method: req.method, path: url.pathname, ...(Object.keys(query).length ? { query } : {}), bodyIncludes: opts.match(req) },
      response: { status: res.status, ...(headers ? { headers } : {}), body: res.body },
      times: 1,
      ...(opts.write(req) ? { write: true } : {}),
    });
    return res;
  };
  return {
    take() {
      const out = taken;
      taken = [];
      return out;
    },
  };
}

export async function saveRecording(name: string, scenarios: Record<string, unknown>): Promise<void> {
  const file = path.join(import.meta.dirname, '../contract/fixtures/recorded', `${name}.json`);
  await writeFile(file, `${JSON.stringify(scenarios, null, 1)}\n`);
}
