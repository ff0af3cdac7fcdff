import type { FlowDefinition } from '@oms/runtime';
import type { PublishedDefinition } from './intake-context.js';

export type Pin = { key: string; version: number };

export interface FlowChoice {
  flow: (PublishedDefinition & { body: FlowDefinition }) | null;
  /** Why no flow starts (stored on the timeline). */
  reason?: 'intake.form-flow-unpublished' | 'intake.no-default-flow';
  /** Routing definitions the flow's route nodes name, at their published versions. */
  routings: Pin[];
}

/**
 * Which published flow an order starts:
 * - a form order: the flow its form names (latest published version);
 * - an API or plugin order: the tenant default, which is the one flow the published forms name, or else the
 *   only published flow. Several candidates and no way to choose: no flow starts (reason on the timeline).
 */
export function chooseFlow(defs: PublishedDefinition[], formFlow: string | null | undefined, fromForm: boolean): FlowChoice {
  const flows = defs.filter((d) => d.kind === 'flow');
  const byKey = (key: string) => flows.find((f) => f.key === key) ?? null;
  let flow: PublishedDefinition | null;
  let reason: FlowChoice['reason'];
  if (fromForm) {
    flow = formFlow ? byKey(formFlow) : null;
    if (!flow) reason = formFlow ? 'intake.form-flow-unpublished' : 'intake.no-default-flow';
  } else {
    const named = [...new Set(defs.filter((d) => d.kind === 'form' && typeof d.body.flow === 'string').map((d) => d.body.flow as string))];
    const candidates = named.length === 1 ? named.map(byKey).filter((f) => f !== null) : [];
    flow = candidates[0] ?? (flows.length === 1 ? flows[0] : null);
    if (!flow) reason = 'intake.no-default-flow';
  }
  const routings: Pin[] = [];
  for (const node of ((flow?.body.nodes ?? []) as Array<{ type: string; config?: { routing?: string } }>)) {
    const key = node.type === 'route' ? node.config?.routing : undefined;
    const r = key ? defs.find((d) => d.kind === 'routing' && d.key === key) : undefined;
    if (r && !routings.some((p) => p.key === r.key)) routings.push({ key: r.key, version: r.version });
  }
  if (flow && !routings.length) {
    const only = defs.filter((d) => d.kind === 'routing');
    if (only.length === 1) routings.push({ key: only[0].key, version: only[0].version });
  }
  return { flow: flow as FlowChoice['flow'], ...(reason ? { reason } : {}), routings };
}
