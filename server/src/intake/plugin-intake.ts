import type { CanonicalOrder } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import { intakeOrder } from './intake-order.js';
import type { IntakeResult } from './intake-types.js';

/**
 * What the plugin host calls for an order a connector pulled or received: the same pipeline as the API, with
 * source `plugin` and the plugin as actor. Dedupe by channel + external id makes a re-delivered order a no-op.
 */
export function intakePluginOrder(deps: AppDeps, p: { tenantId: string; pluginId: string; order: CanonicalOrder; requestId?: string }): Promise<IntakeResult> {
  return intakeOrder(deps, {
    tenantId: p.tenantId,
    actor: { userId: null, label: `plugin:${p.pluginId}`, requestId: p.requestId ?? `plugin:${p.pluginId}` },
    source: 'plugin',
    order: { ...p.order, channel: p.order.channel ?? p.pluginId },
  });
}
