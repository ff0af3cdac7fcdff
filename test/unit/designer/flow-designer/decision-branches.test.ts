import type { FlowDefinition, FormDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { addBranch, moveBranch, removeBranch, updateBranch, type Branch } from '../../../../designer/src/flow-designer/decision/branches';
import { flowVariables } from '../../../../designer/src/flow-designer/decision/flow-variables';

const high: Branch = { outcome: 'high', when: { '>': [{ var: 'order.totals.total' }, 10000] } };
const vip: Branch = { outcome: 'vip', when: { in: ['vip', { var: 'order.customer.tags' }] } };

describe('decision branches', () => {
  it('adds a branch with a fresh outcome and the starter condition, never reusing a taken name', () => {
    expect(addBranch([high])).toEqual([high, { outcome: 'branch-2', when: { '==': [{ var: 'order.channel' }, ''] } }]);
    expect(addBranch([high, { outcome: 'branch-2', when: true }]).at(-1)?.outcome).toBe('branch-3');
  });

  it('moves, removes and updates one branch without touching the others', () => {
    const list = [high, vip];
    expect(moveBranch(list, 1, 0)).toEqual([vip, high]);
    expect(moveBranch(list, 0, 1)).toEqual([vip, high]);
    expect(moveBranch(list, 0, -1)).toEqual(list);
    expect(removeBranch(list, 0)).toEqual([vip]);
    expect(updateBranch(list, 1, { outcome: 'gold' })).toEqual([high, { ...vip, outcome: 'gold' }]);
    expect(list).toEqual([high, vip]); // inputs are never mutated
  });
});

describe('what a decision rule can read', () => {
  const flow = {
    kind: 'flow', key: 'f', title: { en: 'F' },
    nodes: [{ id: 'a', type: 'action', config: { capability: 'erp.check', output: 'credit' } }, { id: 'w', type: 'wait', config: { event: 'paid' } }],
    edges: [],
  } as unknown as FlowDefinition;

  it('offers the canonical order under order. (as the interpreter evaluates on {order, vars}) and upstream outputs as vars.', () => {
    const paths = flowVariables(flow, undefined, 'en').map((v) => v.path);
    expect(paths).toContain('order.totals.total');
    expect(paths).toContain('order.shipTo.country');
    expect(paths).toContain('vars.credit');
    expect(paths.some((p) => p.startsWith('location.'))).toBe(false);
    expect(flowVariables(flow, undefined, 'en').find((v) => v.path === 'order.totals.total')?.kind).toBe('number');
  });

  it('adds the form fields where the form maps them on the order, labelled in the locale', () => {
    const form = {
      kind: 'form', key: 'po', title: { en: 'PO' }, flow: 'f',
      fields: [
        { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' } },
        { key: 'box', type: 'section', label: { en: 'More' }, fields: [{ key: 'note', type: 'text', label: { en: 'Note' } }] },
      ],
      mapping: { amount: 'totals.total' },
    } as unknown as FormDefinition;
    const vars = flowVariables(flow, form, 'zh-CN');
    expect(vars.filter((v) => v.path === 'order.totals.total')).toEqual([{ path: 'order.totals.total', label: '金额 (amount)', kind: 'number', source: 'form' }]);
    expect(vars.find((v) => v.path === 'order.attributes.note')).toMatchObject({ source: 'form', kind: 'string' });
  });
});
