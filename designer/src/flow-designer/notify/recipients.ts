/**
 * A notify node's `to` as rows (runtime/src/flow/nodes/notify.ts, `notifyConfigSchema`): a recipient is `{role}`,
 * `{user}`, `{customer: true}` (the order's customer) or `{rule}` (a JSON Logic rule whose value is the address).
 * A rule that reads one variable is shown as "address from <variable>"; any other rule is kept verbatim, read-only.
 */
export type RecipientKind = 'role' | 'user' | 'customer' | 'address';

export const RECIPIENT_KINDS: readonly RecipientKind[] = ['role', 'user', 'customer', 'address'];

export type RecipientRow =
  | { kind: 'role' | 'user'; value: string }
  | { kind: 'customer' }
  | { kind: 'address'; path: string }
  | { kind: 'opaque'; json: unknown };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

export function parseRecipient(r: unknown): RecipientRow {
  if (!isObj(r)) return { kind: 'opaque', json: r };
  const keys = Object.keys(r);
  if (keys.length !== 1) return { kind: 'opaque', json: r };
  if ((keys[0] === 'role' || keys[0] === 'user') && typeof r[keys[0]] === 'string') return { kind: keys[0], value: r[keys[0]] as string };
  if (keys[0] === 'customer' && r.customer === true) return { kind: 'customer' };
  if (keys[0] === 'rule') {
    const rule = r.rule;
    if (isObj(rule) && Object.keys(rule).length === 1 && typeof rule.var === 'string') return { kind: 'address', path: rule.var };
  }
  return { kind: 'opaque', json: r };
}

export function toRecipient(row: RecipientRow): unknown {
  switch (row.kind) {
    case 'role': return { role: row.value };
    case 'user': return { user: row.value };
    case 'customer': return { customer: true };
    case 'address': return { rule: { var: row.path } };
    case 'opaque': return row.json;
  }
}

/** A fresh row of a kind (the value left for the analyst to pick or type). */
export function blankRecipient(kind: RecipientKind): RecipientRow {
  if (kind === 'customer') return { kind };
  if (kind === 'address') return { kind, path: 'order.customer.email' };
  return { kind, value: '' };
}

export const recipientRows = (to: unknown): RecipientRow[] => (Array.isArray(to) ? to.map(parseRecipient) : []);

/** `to` with row `i` replaced; the other entries stay exactly as stored. */
export function setRecipient(to: unknown, i: number, row: RecipientRow): unknown[] {
  const list = Array.isArray(to) ? [...to] : [];
  list[i] = toRecipient(row);
  return list;
}

export function removeRecipient(to: unknown, i: number): unknown[] {
  return (Array.isArray(to) ? to : []).filter((_, j) => j !== i);
}
