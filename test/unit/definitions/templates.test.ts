import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createDefaultRegistry, createRuleEngine, reviewOrder, validateSubmission, type CanonicalOrder, type FormDefinition,
  type ReviewDefinition,
} from '../../../runtime/src/index.js';

/** Every JSON file in templates/ is a definition and must validate, except data files named here. */
const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');
const isDataFile = (name: string) => /^sample-/.test(name) || ['locations.json', 'inventory.json', 'stock.json', 'customers.json', 'users.json'].includes(name);

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsonFiles(p) : e.name.endsWith('.json') ? [p] : [];
  });
}

const files = jsonFiles(templatesDir);
const definitions = files.filter((f) => !isDataFile(path.basename(f)));
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

describe('templates stay valid', () => {
  const registry = createDefaultRegistry(createRuleEngine());

  it('finds the demo solution', () => {
    const rel = files.map((f) => path.relative(templatesDir, f));
    expect(rel).toEqual(expect.arrayContaining(['demo/form.json', 'demo/review.json', 'demo/sample-orders.json']));
  });

  it.each(definitions.map((f) => [path.relative(templatesDir, f), f]))('%s', (_rel, file) => {
    const def = read(file);
    expect(typeof def.kind, 'a template file that is not a definition must be named as a data file').toBe('string');
    expect(registry.validate(def)).toEqual([]);
    expect(registry.validate(def, { locale: 'zh-CN' })).toEqual([]);
  });

  it('a form that names a flow has that flow in the same solution (once the flow template exists)', () => {
    for (const file of definitions.filter((f) => read(f).kind === 'form')) {
      const form = read(file) as FormDefinition;
      const flows = definitions.filter((f) => path.dirname(f) === path.dirname(file)).map(read).filter((d) => d.kind === 'flow');
      if (form.flow && flows.length) expect(flows.map((f) => f.key)).toContain(form.flow);
    }
  });

  it('the sample orders are canonical orders the demo review can decide', () => {
    const orders = read(path.join(templatesDir, 'demo/sample-orders.json')) as CanonicalOrder[];
    const review = read(path.join(templatesDir, 'demo/review.json')) as ReviewDefinition;
    expect(orders).toHaveLength(3);
    for (const o of orders) {
      expect(o.lines.length).toBeGreaterThan(0);
      expect(['pass', 'hold', 'reject']).toContain(reviewOrder(review, o).decision);
    }
  });

  it('a filled-in demo form validates in both locales', () => {
    const form = read(path.join(templatesDir, 'demo/form.json')) as FormDefinition;
    const data = {
      customer: { id: 'cust-acme' }, poNumber: 'PO-1', requestedDate: '2026-03-09', shipTo: { line1: '1 A St', city: 'X', country: 'US' },
      sameBilling: true, lines: [{ sku: 'DRILL-18V', qty: 1, unitPrice: 129 }], shippingMethod: 'standard',
    };
    const now = Date.parse('2026-03-01T00:00:00Z');
    expect(validateSubmission(form, data, { now })).toEqual([]);
    expect(validateSubmission(form, { ...data, shippingMethod: 'express', lines: [{ sku: 'X', qty: 1000, unitPrice: 60 }] }, { now, locale: 'zh-CN' }))
      .toEqual([expect.objectContaining({ path: '/shippingMethod', message: '订单金额超过 50,000 时不能选择加急配送' })]);
  });
});
