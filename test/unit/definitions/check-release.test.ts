import { checkRelease, closestName, hasMessage, formatMessage, type ReleaseDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import golden from './check-release.golden.json' with { type: 'json' };

const bodies = golden.bodies as Record<string, Record<string, unknown>>;
const def = (name: string, path?: string): ReleaseDefinition => {
  const body = bodies[name];
  return { kind: body.kind as string, key: body.key as string, body, path };
};

describe('checkRelease (golden)', () => {
  for (const c of golden.cases) {
    it(c.name, () => {
      const issues = checkRelease(c.release.map(([n, p]) => def(n, p)), golden.context, { published: c.published.map((n) => def(n)) });
      expect(issues.map((i) => [i.path, i.code, i.severity])).toEqual(c.expected);
      for (const i of issues) {
        expect(hasMessage(i.code)).toBe(true);
        expect(formatMessage(i.code, 'zh-CN', i.params)).not.toBe(formatMessage(i.code, 'en', i.params));
      }
    });
  }

  it('names the likely tag and the form in its messages, in both languages', () => {
    const [typo] = checkRelease([def('routingTags')], golden.context, { locale: 'zh-CN' });
    expect(typo.message).toBe('未知的库位标签「Cold」：是否应为「cold」？');
    const [field] = checkRelease([def('flowReadsPo')], golden.context, { published: [def('form')] });
    expect(field.message).toBe('flow "fl" reads order field "attributes.poNumber" that form "f" does not provide');
  });

  it.each([
    ['warehose', ['store', 'warehouse'], 'warehouse'],
    ['eu', ['us', 'uk'], undefined],
    ['cld', ['cold', 'bulk'], 'cold'],
    ['xyz-far', ['cold'], undefined],
    ['Store', ['store'], 'store'],
  ])('closestName(%s, %j) = %s', (name, known, want) => {
    expect(closestName(name, known)).toBe(want);
  });
});
