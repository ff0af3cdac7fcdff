import type { FlowDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { upstreamOutputs } from '../../../../designer/src/flow-designer/decision/flow-variables';
import { ruleSample } from '../../../../designer/src/flow-designer/rule-sample';
import { SAMPLE_ORDER } from '../../../../designer/src/flow-designer/sample-order';
import { eventSuggestions, timeoutText, timeoutValid, waitVariables } from '../../../../designer/src/flow-designer/wait/wait-config';
import { typedPath, type VariableOption } from '../../../../designer/src/rule-builder/model';

describe('wait timeout', () => {
  it.each([
    [undefined, true], ['', true], ['PT4H', true], ['P2D', true], ['P1DT12H', true], ['PT0.5S', true], ['P1W', true], [3_600_000, true],
    ['P1Y', false], ['P1M', false], ['PT', false], ['P', false], ['4h', false], ['PT4', false], ['3600000', false], [-1, false], [true, false],
  ])('%j valid: %s', (value, ok) => expect(timeoutValid(value)).toBe(ok));

  it('a stored number of milliseconds shows as its digits', () => {
    expect(timeoutText(90_000)).toBe('90000');
    expect(timeoutText('PT4H')).toBe('PT4H');
    expect(timeoutText(undefined)).toBe('');
  });
});

const flow = {
  kind: 'flow', key: 'f',
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'pay', type: 'wait', config: { event: 'payment-received', output: 'payment' } },
    { id: 'ship', type: 'wait', config: { event: 'shipment-confirmed' } },
    { id: 'again', type: 'wait', config: { event: 'payment-received' } },
    { id: 'me', type: 'wait', config: { event: 'return-received' } },
    { id: 'side', type: 'action', config: { capability: 'x.y', output: 'side' } },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'pay' }, { id: 'e2', from: 'pay', to: 'me' }],
} as unknown as FlowDefinition;

describe('wait event names', () => {
  it("offers the names the flow's other wait nodes use, once each, not the node's own", () => {
    expect(eventSuggestions(flow, 'me')).toEqual(['payment-received', 'shipment-confirmed']);
    expect(eventSuggestions(undefined, 'me')).toEqual([]);
  });
});

describe('wait filter variables and sample', () => {
  const base: VariableOption[] = [{ path: 'order.channel', label: 'order.channel', kind: 'string', source: 'order' }];

  it('adds the event payload, under which paths can be typed', () => {
    const vars = waitVariables(base, 'event payload');
    expect(vars.map((v) => v.path)).toEqual(['order.channel', 'event']);
    expect(typedPath(vars, ' event.amount ')).toBe('event.amount');
    expect(typedPath(vars, 'event.lines.0.sku')).toBe('event.lines.0.sku');
    expect(typedPath(vars, 'event.')).toBeUndefined();
    expect(typedPath(vars, 'event')).toBeUndefined();
    expect(typedPath(vars, 'eventx.a')).toBeUndefined();
    expect(typedPath(vars, 'order.channel.x')).toBeUndefined();
    expect(typedPath(vars, 'event.a b')).toBeUndefined();
  });

  it('the try-it sample has the shape the runtime evaluates on, vars naming the upstream outputs', () => {
    expect(upstreamOutputs(flow, 'me')).toEqual(['payment']);
    expect(ruleSample(upstreamOutputs(flow, 'me'))).toEqual({ order: SAMPLE_ORDER, vars: { payment: null } });
    expect(ruleSample([], {})).toEqual({ order: SAMPLE_ORDER, vars: {}, event: {} });
    expect(upstreamOutputs(flow).sort()).toEqual(['payment', 'side']);
  });
});
