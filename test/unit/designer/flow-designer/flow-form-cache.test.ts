import type { FormDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { lookupFlowForm, type FormLookupCache } from '../../../../designer/src/flow-designer/decision/use-flow-form';

/** One designer visit looks the flow's form up once, however many panels ask (each lookup lists and fetches forms). */
const form = { kind: 'form', key: 'f', flow: 'order-flow', fields: [] } as unknown as FormDefinition;

function counting(result: () => Promise<FormDefinition | undefined>) {
  const calls: string[] = [];
  return { calls, load: (key: string) => (calls.push(key), result()) };
}

describe('flow form lookup cache', () => {
  it('panels of one designer share one lookup per flow key, also while it is still running', async () => {
    const cache: FormLookupCache = new Map();
    const l = counting(async () => form);
    const [a, b] = await Promise.all([lookupFlowForm(cache, 'order-flow', l.load), lookupFlowForm(cache, 'order-flow', l.load)]);
    expect(await lookupFlowForm(cache, 'order-flow', l.load)).toBe(form);
    await lookupFlowForm(cache, 'other-flow', l.load);
    expect([a, b]).toEqual([form, form]);
    expect(l.calls).toEqual(['order-flow', 'other-flow']);
  });

  it('a failed lookup is forgotten: the next panel asks again', async () => {
    const cache: FormLookupCache = new Map();
    let fail = true;
    const l = counting(async () => {
      if (fail) throw new Error('offline');
      return form;
    });
    await expect(lookupFlowForm(cache, 'order-flow', l.load)).rejects.toThrow('offline');
    fail = false;
    expect(await lookupFlowForm(cache, 'order-flow', l.load)).toBe(form);
    expect(l.calls).toHaveLength(2);
  });

  it('without a designer cache every call looks up', async () => {
    const l = counting(async () => undefined);
    await lookupFlowForm(null, 'order-flow', l.load);
    await lookupFlowForm(null, 'order-flow', l.load);
    expect(l.calls).toHaveLength(2);
  });
});
