import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import plugin from '../../../plugins/tryton/src/index.js';
import type { TrytonPeer } from '../../peers/tryton-peer.js';
import { assertShipmentBodies } from './x12-shipments-api.js';
import { callCapability, createHarness, type Harness } from '../../support/plugin-harness.js';

export const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../plugins/tryton/manifest.json'), 'utf8'));
// The host's Ajv checks date-time; the same rule here (RFC 3339 with an offset).
const ajv = new Ajv({ strict: false, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/ } });

/** Checks a capability's answer against the manifest's output schema (what the host does), then returns it. */
export function conforming<T>(key: string, value: T): T {
  const validate = ajv.compile(manifest.capabilities[key].output);
  if (!validate(value)) throw new Error(`${key} output does not match the manifest: ${ajv.errorsText(validate.errors)}`);
  if (key === 'pull-shipments') assertShipmentBodies((value as { items: unknown[] }).items);
  return value;
}

export function harness(peer: TrytonPeer, opts: { url?: string; host?: string; password?: string; deadlineMs?: number } = {}): Harness {
  return createHarness({
    config: { url: opts.url ?? peer.url, database: peer.database, warehouses: [{ code: 'WH', location: 'wh-1' }] },
    credentials: { username: 'admin', password: opts.password ?? 'admin' },
    allowedHosts: [opts.host ?? peer.host],
    // One harness per test, several calls each: a deadline for the whole test on this busy machine.
    deadlineMs: opts.deadlineMs ?? 120_000,
  });
}

export async function call(h: Harness, key: string, input: unknown, idempotencyKey = `k-${key}-${Math.random()}`): Promise<any> {
  return conforming(key, await callCapability(plugin, key, input, idempotencyKey, h));
}

export function order(number: string, extra: Record<string, unknown> = {}) {
  return {
    number,
    externalId: `V-${number}`,
    channel: 'vendure',
    currency: 'EUR',
    placedAt: '2026-12-01T10:00:00Z',
    customer: { id: 'cust-42', email: 'jane@example.test', name: 'Jane Doe' },
    shipTo: { name: 'Jane Doe', line1: '1 Main Street', city: 'Springfield', postcode: '62701', country: 'US' },
    lines: [
      { id: 'line-1', sku: 'TSHIRT-M', qty: 2, unitPrice: 19.99, name: 'T-shirt M' },
      { id: 'line-2', sku: 'MUG-01', qty: 1, unitPrice: 8.5, name: 'Mug' },
    ],
    ...extra,
  };
}
