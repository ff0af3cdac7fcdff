import { describe, expect, it } from 'vitest';
import { flowKind, flowReferences, type FlowDefinition } from '../../../runtime/src/flow/index.js';
import { hasMessage } from '../../../runtime/src/core/messages.js';
import { issuesOf, listJson, loadDef, readJson, replay, validateFlow, type InvalidCase, type ReplayLog } from './replay-log.js';

const cases = listJson('invalid').map((f) => [f, readJson<InvalidCase>('invalid', f)] as const);

describe('flow definition checks (golden invalid definitions)', () => {
  it.each(cases)('%s → expected issue codes and paths', (_, c) => {
    expect(c.expected?.length, 'a golden invalid case must expect at least one issue').toBeGreaterThan(0);
    expect(issuesOf(c.def)).toEqual(c.expected);
  });

  it.each(cases)('%s: every issue has an en and a zh-CN message', (_, c) => {
    const en = validateFlow(c.def, 'en');
    const zh = validateFlow(c.def, 'zh-CN');
    for (const [i, issue] of en.entries()) {
      expect(hasMessage(issue.code), issue.code).toBe(true);
      expect(issue.message).not.toBe(issue.code);
      if (issue.code.startsWith('flow.')) expect(zh[i].message).not.toBe(issue.message);
      expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
    }
  });
});

describe('flow schema', () => {
  it('moving boxes on the canvas changes neither the checks nor a replay', () => {
    const log = readJson<ReplayLog>('snapshots', 'fulfil-big-approved.json');
    const def = loadDef(log.flow);
    const moved: FlowDefinition = { ...def, layout: Object.fromEntries(def.nodes.map((n, i) => [n.id, { x: 1000 - i * 37, y: i * 11 }])) };
    expect(validateFlow(moved)).toEqual([]);
    expect(replay({ ...log, flow: moved })).toEqual(log.expected);
  });

  it('is one JSON Schema with a per-node-type config fragment', () => {
    const schema = flowKind.schema as any;
    expect(schema.properties.nodes.items.properties.type.enum).toContain('approval');
    expect(schema.properties.nodes.items.allOf).toHaveLength(11);
  });
});

describe('flow references', () => {
  it('reports fields read by rules, routing keys, capabilities, roles and users', () => {
    const refs = flowReferences(loadDef('order-fulfilment'));
    const keys = refs.map((r) => `${r.type}:${r.key}@${r.path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'field:totals.total@/nodes/1/config/branches/0/when',
        'role:credit@/nodes/2/config/assignees/0',
        'role:credit-lead@/nodes/2/config/sla/onTimeout/to',
        'routing:default-routing@/nodes/3/config/routing',
        'plugin-capability:erp.create-order@/nodes/4/config/capability',
        'plugin-capability:erp.cancel-order@/nodes/4/config/compensation/capability',
        'field:id@/nodes/4/config/input/orderId',
        'plugin-capability:wms.create-shipment@/nodes/5/config/capability',
        'field:customer.email@/nodes/7/config/to/1/rule',
        'field:lines.*.sku@/nodes/10/config/filter',
      ]),
    );
    // `vars.*` are flow values, not order fields
    expect(keys.some((k) => k.startsWith('field:vars') || k.includes('erpOrder'))).toBe(false);
  });

  it('reports users and editable fields of approvals and rule assignees', () => {
    expect(flowReferences(loadDef('approval-basic'))).toEqual([
      { type: 'user', key: 'alice', path: '/nodes/1/config/assignees/0' },
      { type: 'field', key: 'attributes.discount', path: '/nodes/1/config/fields/0' },
    ]);
    expect(flowReferences(loadDef('approval-rule')).map((r) => `${r.type}:${r.key}`)).toEqual(['role:finance', 'field:totals.total']);
  });

  it('the definition kind exposes the same references', () => {
    const def = loadDef('wait-payment');
    expect(flowKind.references!(def)).toEqual(flowReferences(def));
    expect(flowKind.references!(def).map((r) => r.key)).toEqual(['totals.total']);
  });
});
