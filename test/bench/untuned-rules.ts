/**
 * A held-out rule set for the rules bench: written before any tuning of the compiler for issue 6 and
 * committed on its own. Never add a fast path for these shapes or edit them to make the row pass; if the
 * row is below target, improve the general compiler. Built-in operators only (json-logic-js runs them),
 * over the bench's random orders.
 */
export const UNTUNED_RULES: unknown[] = [
  { '>': [{ '+': [{ var: 'totals.subtotal' }, { var: 'totals.shipping' }, 10] }, 250] },
  { if: [{ '==': [{ var: 'currency' }, 'USD'] }, { '*': [{ var: 'totals.total' }, 0.92] }, { var: 'totals.total' }] },
  { filter: [{ var: 'lines' }, { '>': [{ '*': [{ var: 'qty' }, { var: 'unitPrice' }] }, 300] }] },
  { map: [{ var: 'lines' }, { var: 'sku' }] },
  { '%': [{ var: 'lines.0.qty' }, 3] },
  { max: [{ var: 'lines.0.unitPrice' }, { var: 'lines.1.unitPrice' }, 0] },
  { min: [{ var: 'totals.total' }, 999] },
  { '/': [{ var: 'totals.subtotal' }, { var: ['lines.length', 1] }] },
  { '!==': [{ var: 'customer.creditLimit' }, null] },
  { '<=': [0, { var: 'totals.shipping' }, 5] },
  { and: [{ in: [{ var: 'shipTo.region' }, ['BY', 'BE']] }, { '!': { in: ['express', { var: 'tags' }] } }] },
  { or: [{ '==': [{ var: 'channel' }, 'pos'] }, { '==': [{ var: 'channel' }, 'web'] }, { '==': [{ var: 'channel' }, 'b2b'] }] },
  { reduce: [{ var: 'lines' }, { max: [{ var: 'accumulator' }, { var: 'current.unitPrice' }] }, 0] },
  { all: [{ var: 'lines' }, { '!': { in: ['bulky', { var: 'tags' }] } }] },
  { substr: [{ var: 'customer.id' }, 1] },
  { cat: ['order ', { var: 'id' }, ' to ', { var: 'shipTo.country' }] },
  { missing_some: [1, ['attributes.giftWrap', 'tags.0']] },
  { '?:': [{ '>': [{ var: 'lines.length' }, 3] }, 'many', 'few'] },
  { '===': [{ var: 'attributes.giftWrap' }, true] },
  { merge: [{ var: 'tags' }, { var: 'customer.tags' }] },
  { some: [{ var: 'lines' }, { '==': [{ substr: [{ var: 'sku' }, -1] }, '7'] }] },
  { '-': [{ var: 'totals.total' }] },
];
