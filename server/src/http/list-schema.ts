/**
 * Response schemas of list routes, one shape for all: `{ items: [...] }`, and for keyset-paged lists also
 * `nextCursor` (null on the last page). `item` is the element schema; without it the items are left open.
 */
const array = (item?: object) => (item ? { type: 'array', items: item } : { type: 'array' });

export const listOf = (item?: object, extra: Record<string, object> = {}) => ({
  type: 'object',
  required: ['items'],
  properties: { items: array(item), ...extra },
});

export const pageOf = (item?: object) => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: array(item), nextCursor: { type: ['string', 'null'] } },
});
