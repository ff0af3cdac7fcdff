import { defaultNodeTypes, ROLES } from '@oms/runtime';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  blankRecipient, parseRecipient, RECIPIENT_KINDS, recipientRows, removeRecipient, setRecipient, toRecipient, type RecipientRow,
} from '../../../../designer/src/flow-designer/notify/recipients';
import cases from './notify-recipients.cases.json' with { type: 'json' };

const validate = new Ajv({ strict: false }).compile(defaultNodeTypes().get('notify')!.configSchema);
const config = (to: unknown[]) => ({ template: 'order-update', to });

describe('notify recipients: stored entry ⇄ row', () => {
  it.each(cases as Array<[string, unknown, RecipientRow]>)('%s', (_name, stored, row) => {
    expect(parseRecipient(stored)).toEqual(row);
    expect(toRecipient(parseRecipient(stored))).toEqual(stored);
  });

  it('every kind the editor offers, once filled in, is a recipient the runtime schema accepts', () => {
    const filled: Record<string, RecipientRow> = { role: { kind: 'role', value: ROLES[0] }, user: { kind: 'user', value: 'u-1' } };
    for (const kind of RECIPIENT_KINDS) {
      const row = filled[kind] ?? blankRecipient(kind);
      expect(validate(config([toRecipient(row)])), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('a blank role or user row is not yet valid (the check names it), the others are complete as they start', () => {
    expect(validate(config([toRecipient(blankRecipient('role'))]))).toBe(false);
    expect(validate(config([toRecipient(blankRecipient('user'))]))).toBe(false);
    expect(validate(config([toRecipient(blankRecipient('customer')), toRecipient(blankRecipient('address'))]))).toBe(true);
  });
});

describe('notify recipients: list edits', () => {
  const to = [{ role: 'admin' }, { rule: { cat: ['a', 'b'] } }, { user: 'u1' }];

  it('changing one row keeps the other entries exactly as stored (opaque ones too)', () => {
    const next = setRecipient(to, 2, { kind: 'role', value: 'operator' });
    expect(next).toEqual([{ role: 'admin' }, { rule: { cat: ['a', 'b'] } }, { role: 'operator' }]);
    expect(next[1]).toBe(to[1]);
    expect(to[2]).toEqual({ user: 'u1' });
  });

  it('removing a row drops only that entry; rows of a missing list are none', () => {
    expect(removeRecipient(to, 0)).toEqual([{ rule: { cat: ['a', 'b'] } }, { user: 'u1' }]);
    expect(recipientRows(undefined)).toEqual([]);
    expect(recipientRows(to).map((r) => r.kind)).toEqual(['role', 'opaque', 'user']);
  });
});
