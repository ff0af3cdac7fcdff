import { describe, expect, it } from 'vitest';
import { setFormFlow, type FormDoc } from '../../../designer/src/form-designer/model/index';

const doc = (): FormDoc => ({ kind: 'form', key: 'f', title: { en: 'F' }, custom: { keep: 1 }, fields: [] } as FormDoc);

describe('form settings: the flow a form starts', () => {
  it('sets the flow and keeps every other property', () => {
    const out = setFormFlow(doc(), 'approval-flow');
    expect(out).toEqual({ ...doc(), flow: 'approval-flow' });
  });
  it('clearing removes the property instead of writing an empty key', () => {
    const out = setFormFlow({ ...doc(), flow: 'x' } as FormDoc, undefined);
    expect('flow' in out).toBe(false);
    expect(out).toEqual(doc());
    expect(setFormFlow({ ...doc(), flow: 'x' } as FormDoc, '')).toEqual(doc());
  });
  it('does not mutate its input', () => {
    const d = { ...doc(), flow: 'a' } as FormDoc;
    setFormFlow(d, 'b');
    expect(d.flow).toBe('a');
  });
});
