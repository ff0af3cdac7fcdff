import { toOrder, type CanonicalOrder, type FormDefinition } from '@oms/runtime';
import type { Db } from '../definitions/definition-store.js';
import { HttpError } from '../http/errors.js';

export interface OrderSource {
  order?: CanonicalOrder;
  /** A past order of the tenant: its stored canonical body. */
  orderId?: string;
  /** Form data mapped through the form (the form designer's test run). */
  formData?: Record<string, unknown>;
}

/** The order a simulation runs: given, a past one, or the form's mapping of sample data. */
export async function sampleOrder(db: Db, tenantId: string, src: OrderSource, form?: Record<string, unknown>): Promise<CanonicalOrder> {
  const given = [src.order, src.orderId, src.formData].filter((x) => x !== undefined).length;
  if (given !== 1) throw new HttpError(400, 'simulate.order-required', 'Give exactly one of order, orderId or formData', { path: '/order' });
  if (src.order) return src.order;
  if (src.orderId) {
    const row = await db('orders').where({ tenant_id: tenantId, id: src.orderId }).first('body');
    if (!row) throw new HttpError(404, 'simulate.order-not-found', 'No such order', { path: '/orderId' });
    return row.body as CanonicalOrder;
  }
  if (!form) throw new HttpError(400, 'simulate.form-required', 'formData needs definitions.form', { path: '/definitions/form' });
  return toOrder(form as unknown as FormDefinition, src.formData!);
}
