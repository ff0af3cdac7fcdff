import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '@oms/runtime';
import type { CallOutcome, CapabilityCall, PluginErrorClass, PluginHost } from './plugin-host.js';

/** A capability of the in-process host: computes a result from the input (the host records it once per key). */
type DemoCapability = (input: unknown, key: string) => unknown | { error: { class: PluginErrorClass; code: string; message: string } };

const ref = (prefix: string, key: string) => `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 10).toUpperCase()}`;

/**
 * The built-in `demo.*` capabilities: a stand-in ERP, WMS, notifier and payment provider that keep what they were
 * asked in `plugin_calls`. `demo.fail` answers with the error its input names (`{class, code}`), for
 * exception handling; `demo.block` records the call and then does not answer while the host is told to block
 * (a worker killed in the middle of a command).
 */
const DEMO: Record<string, DemoCapability> = {
  'demo.erp-push': (_input, key) => ({ erpOrderId: ref('ERP', key) }),
  'demo.erp-cancel': (_input, key) => ({ cancelled: true, ref: ref('ERPX', key) }),
  'demo.wms-push': (_input, key) => ({ wmsRef: ref('WMS', key) }),
  'demo.notify': (input) => ({ delivered: true, to: (input as { to?: unknown } | null)?.to ?? null }),
  'demo.refund': (input, key) => ({ refundId: ref('RF', key), amount: (input as { amount?: unknown } | null)?.amount ?? null }),
  'demo.block': (_input, key) => ({ done: ref('BLK', key) }),
  'demo.fail': (input) => {
    const i = (input ?? {}) as { class?: PluginErrorClass; code?: string };
    return { error: { class: i.class ?? 'permanent', code: i.code ?? 'demo.failed', message: 'demo.fail was asked to fail' } };
  },
};

export interface InProcessHostOptions {
  clock: Clock;
  /** Capabilities that hang after recording (only for crash tests; `OMS_DEMO_BLOCK` in the worker entry). */
  block?: ReadonlySet<string>;
}

const isError = (r: unknown): r is { error: { class: PluginErrorClass; code: string; message: string } } =>
  typeof r === 'object' && r !== null && 'error' in r;

export function createInProcessPluginHost(db: Knex, opts: InProcessHostOptions): PluginHost {
  return {
    async capabilities() {
      return Object.keys(DEMO).sort();
    },
    async call(req: CapabilityCall): Promise<CallOutcome> {
      const cap = DEMO[req.capability];
      if (!cap) return { ok: false, error: { class: 'permanent', code: 'plugin.unknown-capability', message: `No installed plugin provides ${req.capability}` } };
      const prior = await db('plugin_calls').where({ tenant_id: req.tenantId, idempotency_key: req.idempotencyKey }).first('result');
      if (prior) return { ok: true, status: 'already-applied', result: prior.result };
      const result = cap(req.input, req.idempotencyKey);
      if (isError(result)) return { ok: false, error: result.error };
      const row = { tenant_id: req.tenantId, idempotency_key: req.idempotencyKey, capability: req.capability, input: JSON.stringify(req.input ?? null), result: JSON.stringify(result), at: new Date(opts.clock.now()) };
      const inserted = await db('plugin_calls').insert(row).onConflict(['tenant_id', 'idempotency_key']).ignore().returning('idempotency_key');
      if (opts.block?.has(req.capability)) await new Promise(() => {}); // until the process is killed
      return { ok: true, status: inserted.length ? 'applied' : 'already-applied', result };
    },
  };
}
