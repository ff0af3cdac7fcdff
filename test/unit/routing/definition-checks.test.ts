import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefinitionRegistry, createRuleEngine, hasMessage, routingKind, type Issue } from '@oms/runtime';

interface Case {
  name: string;
  definition: unknown;
  issues: Array<{ path: string; code: string }>;
}

const cases = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/routing/definitions/checks.json'), 'utf8'),
) as Case[];

const registry = createDefinitionRegistry(createRuleEngine());
registry.register(routingKind);
const brief = (issues: Issue[]) => issues.map(({ path, code }) => ({ path, code })).sort((a, b) => (a.path + a.code).localeCompare(b.path + b.code));

describe('routing definition: schema and semantic checks', () => {
  for (const c of cases) {
    it(c.name, () => {
      const issues = registry.validate(c.definition);
      expect(brief(issues)).toEqual(brief(c.issues as Issue[]));
      for (const i of issues) {
        expect(i.message).not.toBe('');
        expect(hasMessage(i.code)).toBe(true);
      }
    });
  }

  it('speaks zh-CN', () => {
    const def = { kind: 'routing', key: 'r', title: { en: 'R' }, rules: [{ id: 'a' }] };
    expect(registry.validate(def, { locale: 'zh-CN' })[0].message).toBe('规则 "a" 没有任何效果（请添加 restrict、exclude、prefer、weights 或 stop）');
  });
});
