/** Small published definitions for intake and inbox tests: review rules, an approval flow, a form. */
export const review = () => ({
  kind: 'review',
  key: 'intake-review',
  title: { en: 'Intake review' },
  rules: [
    { id: 'blacklisted', when: { 'has-tag': [{ var: 'customer.tags' }, ['blacklisted']] }, action: 'reject', code: 'review.blacklisted', message: { en: 'Blacklisted customer' } },
    { id: 'address', when: { '!': { var: 'shipTo.line1' } }, action: 'hold', code: 'review.address-incomplete', message: { en: 'Address incomplete' } },
    { id: 'big', when: { '>': [{ var: 'totals.total' }, 1000] }, action: 'flag', code: 'review.big-order', message: { en: 'Big order' } },
  ],
});

export const approvalFlow = (key = 'approval-flow') => ({
  kind: 'flow',
  key,
  title: { en: 'Approval flow' },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'approve', type: 'approval', config: { assignees: [{ role: 'approver' }], mode: 'any', fields: ['attributes.poNumber'], sla: { due: 'P1D' } } },
    { id: 'ok', type: 'end', config: { outcome: 'approved' } },
    { id: 'no', type: 'end', config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'approve' },
    { id: 'e2', from: 'approve', to: 'ok', outcome: 'approved' },
    { id: 'e3', from: 'approve', to: 'no', outcome: 'rejected' },
    { id: 'e4', from: 'approve', to: 'no', outcome: 'returned' },
  ],
});

export const quickForm = (flow = 'approval-flow') => ({
  kind: 'form',
  key: 'quick-order',
  title: { en: 'Quick order' },
  currency: 'USD',
  flow,
  fields: [
    { key: 'email', type: 'text', label: { en: 'Email' }, required: true, pattern: '^[^@\\s]+@[^@\\s]+$' },
    { key: 'street', type: 'text', label: { en: 'Street' }, required: true },
    { key: 'poNumber', type: 'text', label: { en: 'PO number' } },
    {
      key: 'items',
      type: 'line-items',
      label: { en: 'Items' },
      required: true,
      min: 1,
      columns: [
        { key: 'sku', type: 'text', label: { en: 'SKU' }, required: true },
        { key: 'qty', type: 'number', label: { en: 'Qty' }, required: true, min: 1 },
        { key: 'unitPrice', type: 'money', label: { en: 'Price' } },
      ],
    },
  ],
  mapping: { email: 'customer.email', street: 'shipTo.line1', items: 'lines' },
});
