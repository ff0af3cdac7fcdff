import type { SimulationResult } from '@oms/runtime';
import { api } from '../api/client';

export type Decision = 'approve' | 'reject' | 'return' | 'wait';

export interface SimulateRequest {
  order?: unknown;
  orderId?: string;
  flowBody: unknown;
  decisions: Record<string, Decision>;
}

/** Run the unsaved flow on a sample or past order with a virtual clock; the server writes nothing. */
export const simulateApi = {
  run: (r: SimulateRequest) =>
    api.post<SimulationResult & { order: unknown }>('/api/simulate', {
      ...(r.orderId ? { orderId: r.orderId } : { order: r.order }),
      definitions: { flow: { body: r.flowBody } },
      decisions: r.decisions,
    }),
};
