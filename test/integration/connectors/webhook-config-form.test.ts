import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import Form from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import manifest from '../../../plugins/webhook/manifest.json' with { type: 'json' };
import { createSchemaValidator } from '../../../designer/src/admin/plugins/schema-validator';

const schema = manifest.configSchema as RJSFSchema;
const validator = createSchemaValidator((_k, fallback) => fallback);
const config = {
  subscriptions: [{ name: 'erp', url: 'https://erp.example/hooks', events: ['order.created', 'order.shipped'] }],
  mapping: { externalId: '/id', lines: { from: '/items', sku: '/sku', qty: '/quantity' }, logic: { 'customer.email': '{"var": "buyer.email"}' } },
};

/** The admin screen renders configSchema with @rjsf/antd and the CSP-safe validator: the same pieces, rendered to HTML. */
describe('webhook config form (@rjsf/antd, as the plugin admin screen renders it)', () => {
  it('renders every section with its title and the filled values', () => {
    const html = renderToString(createElement(Form, { schema, validator, formData: config, showErrorList: false, noHtml5Validate: true }));
    for (const text of ['Event subscriptions', 'Inbound order mapping', 'Line items array', 'JSON Logic per field (advanced)', 'Delivery timeout (ms)', 'https://erp.example/hooks', '/quantity']) {
      expect(html).toContain(text);
    }
  });

  it('a valid config has no errors; a bad pointer and a bad URL are errors at their fields', () => {
    expect(validator.validateFormData(config, schema).errors).toEqual([]);
    const bad = { ...config, subscriptions: [{ ...config.subscriptions[0], url: 'ftp://x' }], mapping: { ...config.mapping, lines: { ...config.mapping.lines, qty: 'quantity' } } };
    const r = validator.validateFormData(bad, schema);
    const es = r.errorSchema as any;
    expect([Boolean(es.subscriptions?.[0]?.url?.__errors?.length), Boolean(es.mapping?.lines?.qty?.__errors?.length)]).toEqual([true, true]);
  });
});
