/** Small valid definitions that reference each other: form → flow → routing. */
export const form = (key = 'order-form', flow = 'order-flow') => ({
  kind: 'form',
  key,
  title: { en: 'Order form', 'zh-CN': '订单表单' },
  flow,
  fields: [
    { key: 'email', type: 'text', label: { en: 'Email' }, required: true },
    { key: 'poNumber', type: 'text', label: { en: 'PO number' } },
  ],
  mapping: { email: 'customer.email' },
});

export const flow = (key = 'order-flow', routing = 'main-routing') => ({
  kind: 'flow',
  key,
  title: { en: 'Order flow' },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'check', type: 'decision', config: { branches: [{ outcome: 'has-po', when: { '!!': [{ var: 'order.attributes.poNumber' }] } }] } },
    { id: 'route', type: 'route', config: { routing } },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'check' },
    { id: 'e2', from: 'check', to: 'route', outcome: 'has-po' },
    { id: 'e3', from: 'check', to: 'end', outcome: 'default' },
    { id: 'e4', from: 'route', to: 'end', outcome: 'routed' },
    { id: 'e5', from: 'route', to: 'end', outcome: 'unfillable' },
  ],
});

export const routing = (key = 'main-routing') => ({
  kind: 'routing',
  key,
  title: { en: 'Main routing' },
});

/** A form that starts no flow: publishes on its own (a form naming an unpublished flow is refused). */
export const loneForm = (key = 'order-form') => {
  const { flow: _flow, ...rest } = form(key);
  return rest;
};
