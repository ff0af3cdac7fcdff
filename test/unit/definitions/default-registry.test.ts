import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import invalidCases from './invalid-cases.json';
import demoForm from '../../../templates/demo/form.json';
import demoReview from '../../../templates/demo/review.json';
import rulesForm from '../../fixtures/form/rules-form.json';
import { validManifest } from '../plugins/manifests.js';
import {
  createDefaultRegistry, createRuleEngine, definitionSchemas, validateDefinition,
} from '../../../runtime/src/index.js';

const fixture = (p: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), 'utf8'));
const routingCases: Array<{ definition: unknown; issues: unknown[] }> = fixture('routing/definitions/checks.json');

const validExamples: Record<string, unknown> = {
  form: demoForm,
  flow: fixture('flows/defs/approval-basic.json'),
  routing: routingCases.find((c) => c.issues.length === 0)!.definition,
  review: demoReview,
  'plugin-manifest': validManifest,
};

describe('createDefaultRegistry', () => {
  const registry = createDefaultRegistry(createRuleEngine());

  it('registers form, flow, routing, review and plugin-manifest', () => {
    expect(registry.kinds().sort()).toEqual(['flow', 'form', 'plugin-manifest', 'review', 'routing']);
  });

  it.each(Object.entries(validExamples))('a valid %s has no issues', (kind, def) => {
    expect((def as { kind: string }).kind).toBe(kind);
    expect(registry.validate(def)).toEqual([]);
    expect(registry.validate(rulesForm)).toEqual([]);
  });

  it.each(invalidCases)('$name', (c) => {
    const issues = registry.validate(c.definition);
    expect(issues.map((i) => ({ path: i.path, code: i.code }))).toEqual(c.issues);
    for (const i of issues) expect(i.message).not.toBe('');
  });

  it('reports in zh-CN through validateDefinition', () => {
    const dup = invalidCases.find((c) => c.name.startsWith('form: duplicate keys'))!.definition;
    const [first] = validateDefinition(dup, { locale: 'zh-CN' });
    expect(first.message).toBe('字段键“a”重复');
  });

  it('lists references: the flow a form starts and its fields', () => {
    const refs = registry.referencesOf(demoForm);
    expect(refs).toContainEqual({ type: 'flow', key: 'b2b-order', path: '/flow' });
    expect(refs).toContainEqual({ type: 'field', key: 'lines.unitPrice', path: '/fields/4/columns/2' });
    expect(refs).toContainEqual({ type: 'form-field', key: 'row.qty', path: '/fields/4/columns/3/computed' });
    expect(refs).toContainEqual({ type: 'form-field', key: 'sameBilling', path: '/fields/3/visibleIf' });
    expect(refs).toContainEqual({ type: 'form-field', key: 'total', path: '/validations/0/rule' });
    expect(registry.referencesOf(demoReview)).toContainEqual({ type: 'order-field', key: 'customer.creditLimit', path: '/rules/2/when' });
  });
});

describe('definitionSchemas', () => {
  it('gives one JSON Schema per kind, for the Monaco editor', () => {
    const schemas = definitionSchemas();
    expect(Object.keys(schemas).sort()).toEqual(['flow', 'form', 'plugin-manifest', 'review', 'routing']);
    expect(schemas.form).toMatchObject({ type: 'object', properties: { kind: { const: 'form' } } });
    // The schemas are plain JSON (no functions, no cycles) so they can be shipped to a browser worker.
    for (const s of Object.values(schemas)) expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('rule problems inside definitions', () => {
  it('come back in the caller locale with the rule path prefixed', () => {
    const form = {
      kind: 'form', key: 'f', title: { en: 'F' },
      fields: [{ key: 'a', type: 'text', label: { en: 'A' }, visibleIf: { '==': [{ var: 'a.constructor' }, 1] } }],
    };
    const [en] = validateDefinition(form);
    const [zh] = validateDefinition(form, { locale: 'zh-CN' });
    expect(en.path.startsWith('/fields/0/visibleIf')).toBe(true);
    expect(en.code).toBe('rule.forbidden-path');
    expect(zh.code).toBe(en.code);
    expect(zh.message).not.toBe(en.message);
  });
});
