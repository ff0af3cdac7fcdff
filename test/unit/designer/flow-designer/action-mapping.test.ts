import type { FlowDefinition } from '@oms/runtime';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { constantFor, mappingRows, parseValue, setRow, toRule, type MappingValue } from '../../../../designer/src/flow-designer/action/input-mapping';
import { flowVariables, upstreamOf } from '../../../../designer/src/flow-designer/decision/flow-variables';
import cases from './action-mapping.cases.json' with { type: 'json' };

const schema = {
  type: 'object', required: ['amount'],
  properties: { amount: { type: 'number' }, currency: { type: 'string' }, rush: { type: 'boolean' }, order: { type: 'object' }, qty: { type: ['integer', 'null'] } },
};

describe('action input mapping: stored rule ⇄ row value', () => {
  it.each(cases as Array<[string, unknown, MappingValue]>)('%s', (_name, rule, value) => {
    expect(parseValue(rule)).toEqual(value);
    // the way back gives exactly the stored rule (opaque ones verbatim)
    expect(toRule(parseValue(rule))).toEqual(rule);
  });

  it('a row value means the same as its rule when the runtime evaluates it', () => {
    const data = { order: { totals: { total: 99 }, currency: 'EUR' }, vars: {} };
    for (const [, rule] of cases as Array<[string, unknown]>) {
      if (rule === null || Array.isArray(rule)) continue;
      expect(jsonLogic.apply(toRule(parseValue(rule)) as never, data)).toEqual(jsonLogic.apply(rule as never, data));
    }
  });
});

describe('mappingRows', () => {
  it('one row per schema property in schema order, required marked, types read, extras kept last', () => {
    const input = { amount: { var: 'order.totals.total' }, reason: { cat: ['x'] }, currency: 'EUR' };
    const rows = mappingRows(schema, input);
    expect(rows.map((r) => [r.key, r.type, r.required, r.inSchema, r.value.kind])).toEqual([
      ['amount', 'number', true, true, 'var'],
      ['currency', 'string', false, true, 'const'],
      ['rush', 'boolean', false, true, 'empty'],
      ['order', 'other', false, true, 'empty'],
      ['qty', 'integer', false, true, 'empty'],
      ['reason', 'other', false, false, 'opaque'],
    ]);
  });

  it('without a schema (capability not installed) the stored keys still show', () => {
    expect(mappingRows(undefined, { to: { var: 'order.customer.email' } }).map((r) => [r.key, r.inSchema, r.value])).toEqual([
      ['to', false, { kind: 'var', path: 'order.customer.email' }],
    ]);
    expect(mappingRows({ type: 'object' }, undefined)).toEqual([]);
  });
});

describe('setRow', () => {
  const stored = { amount: { var: 'order.totals.total' }, reason: { cat: ['R-', { var: 'order.externalId' }] } };

  it('changes one entry and keeps every other one exactly (an unknown rule is never emptied)', () => {
    expect(setRow(stored, 'currency', { kind: 'const', value: 'EUR' })).toEqual({ ...stored, currency: 'EUR' });
    expect(setRow(stored, 'amount', { kind: 'const', value: 5 })).toEqual({ amount: 5, reason: stored.reason });
    expect(setRow(stored, 'amount', { kind: 'empty' })).toEqual({ reason: stored.reason });
    expect(stored.amount).toEqual({ var: 'order.totals.total' }); // not mutated
  });

  it('removing the last entry removes the mapping', () => {
    expect(setRow({ a: 1 }, 'a', { kind: 'empty' })).toBeUndefined();
    expect(setRow(undefined, 'a', { kind: 'var', path: 'order.currency' })).toEqual({ a: { var: 'order.currency' } });
  });

  it('typed constants follow the property type', () => {
    expect(constantFor('number', '12.5')).toEqual({ kind: 'const', value: 12.5 });
    expect(constantFor('integer', ' ')).toEqual({ kind: 'const', value: ' ' });
    expect(constantFor('string', '12')).toEqual({ kind: 'const', value: '12' });
    expect(constantFor('boolean', 'false')).toEqual({ kind: 'const', value: false });
    expect(constantFor('string', '')).toEqual({ kind: 'empty' });
  });
});

describe('variables offered to an action: only upstream results', () => {
  // start → erp (output erp) → gate → refund ; wms (output wms) hangs off start on another branch; late after refund
  const flow = {
    kind: 'flow', key: 'f', version: 1, title: { en: 'f' },
    nodes: [
      { id: 'start', type: 'start' }, { id: 'erp', type: 'action', config: { capability: 'demo.erp-push', output: 'erp' } },
      { id: 'gate', type: 'decision', config: { branches: [] } }, { id: 'refund', type: 'action', config: { capability: 'demo.refund' } },
      { id: 'wms', type: 'action', config: { capability: 'demo.wms-push', output: 'wms' } },
      { id: 'late', type: 'action', config: { capability: 'demo.notify', output: 'late' } }, { id: 'end', type: 'end' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'erp' }, { id: 'e2', from: 'erp', to: 'gate' }, { id: 'e3', from: 'gate', to: 'refund', outcome: 'default' },
      { id: 'e4', from: 'start', to: 'wms' }, { id: 'e5', from: 'refund', to: 'late' }, { id: 'e6', from: 'late', to: 'end' }, { id: 'e7', from: 'wms', to: 'end' },
    ],
  } as unknown as FlowDefinition;
  const vars = (nodeId?: string) => flowVariables(flow, undefined, 'en', nodeId).filter((v) => v.path.startsWith('vars.')).map((v) => v.path);

  it('upstreamOf follows edges backwards, through branches, without the node itself', () => {
    expect([...upstreamOf(flow, 'refund')].sort()).toEqual(['erp', 'gate', 'start']);
    expect([...upstreamOf(flow, 'end')].sort()).toEqual(['erp', 'gate', 'late', 'refund', 'start', 'wms']);
    expect([...upstreamOf(flow, 'start')]).toEqual([]);
  });

  it('an action sees the outputs upstream of it only; without a node id every output (the decision panel)', () => {
    expect(vars('refund')).toEqual(['vars.erp']);
    expect(vars('erp')).toEqual([]);
    expect(vars()).toEqual(['vars.erp', 'vars.wms', 'vars.late']);
    expect(flowVariables(flow, undefined, 'en', 'refund').some((v) => v.path === 'order.totals.total')).toBe(true);
  });

  it('a loop back into the node makes its own output upstream (it has run before)', () => {
    const loop = { ...flow, edges: [...flow.edges, { id: 'back', from: 'late', to: 'erp' }] } as FlowDefinition;
    expect([...upstreamOf(loop, 'erp')].sort()).toEqual(['erp', 'gate', 'late', 'refund', 'start']);
  });
});
