import type { AppDeps } from '../http/route-spec.js';
import { intakeOrder } from '../intake/intake-order.js';
import type { Actor } from '../orders/timeline.js';
import type { RowError } from './import-kind.js';
import type { MappedOrder } from './order-import-map.js';

/** Orders taken in at once per batch: intake is round-trip bound, a few in flight keep the database busy. */
export const INTAKE_CONCURRENCY = 4;

export type IntakeDeps = Pick<AppDeps, 'db' | 'clock'>;

/**
 * Mapped orders through the one intake pipeline (source `plugin`, channel from the plugin: `csv-orders`), as the
 * import's uploader. Dedupe by channel + external id makes a re-run or a resumed batch create nothing twice.
 * Returns the rows to report: an order intake refused (schema) or its review rejected, on every line of it.
 */
export async function intakeMapped(deps: IntakeDeps, p: { tenantId: string; actor: Actor; orders: MappedOrder[] }): Promise<RowError[]> {
  const errors: RowError[] = [];
  let next = 0;
  const worker = async () => {
    while (next < p.orders.length) {
      const o = p.orders[next++];
      errors.push(...(await intakeOne(deps, p.tenantId, p.actor, o)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(INTAKE_CONCURRENCY, p.orders.length) }, worker));
  return errors;
}

async function intakeOne(deps: IntakeDeps, tenantId: string, actor: Actor, o: MappedOrder): Promise<RowError[]> {
  // intake reads only db and clock from its deps
  const r = await intakeOrder(deps as AppDeps, { tenantId, actor: { ...actor, requestId: `${actor.label}:${o.line}` }, source: 'plugin', order: o.order });
  if (!r.ok) {
    const first = r.issues[0];
    // An issue under /lines/N belongs to the file line order line N came from.
    const at = Number(/^\/lines\/(\d+)/.exec(first?.path ?? '')?.[1] ?? -1);
    const line = o.lines[at] ?? o.line;
    const message = r.issues.map((i) => `${i.path || '/'}: ${i.message}`).join('; ').slice(0, 500);
    return spread(o, line, { code: r.code, message });
  }
  if (r.order.status === 'rejected') {
    const reasons = r.order.review.matched.filter((m) => m.action === 'reject').map((m) => m.message).join('; ');
    return spread(o, o.line, { code: 'import.order-rejected', message: `${r.order.number} rejected by review: ${reasons}`.slice(0, 500) }, `Order ${r.order.number} rejected by review`);
  }
  return [];
}

/** The error on its line; the order's other lines point to it (every row of the order is reported). */
function spread(o: MappedOrder, line: number, e: { code: string; message: string }, others = `Order ${o.order.externalId ?? ''} not imported`): RowError[] {
  return o.lines.map((l) => (l === line ? { line: l, code: e.code, field: null, message: e.message } : { line: l, code: e.code, field: null, message: `${others}: see line ${line}` }));
}
