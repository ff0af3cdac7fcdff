import {
  builtinFieldTypes, builtinMessages, builtinNodeTypes, createDefaultRegistry, createDefinitionRegistry, createFieldTypeRegistry,
  createMessages, createNodeTypeRegistry, createRuleEngine, defaultRuleEngine, defineMessages, flowKind, formatMessage, RegistryError, routingKind,
  type DefinitionKindSpec,
} from '@oms/runtime';
import { describe, expect, it } from 'vitest';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('registering an existing key is an error, replacing one is explicit', () => {
  const cases: Array<[string, () => unknown, () => unknown]> = [
    ['node types', () => createNodeTypeRegistry(builtinNodeTypes).register(builtinNodeTypes[0]), () => createNodeTypeRegistry(builtinNodeTypes).register(builtinNodeTypes[0], { replace: true })],
    ['field types', () => createFieldTypeRegistry(builtinFieldTypes).register(builtinFieldTypes[0]), () => createFieldTypeRegistry(builtinFieldTypes).register(builtinFieldTypes[0], { replace: true })],
    ['definition kinds', () => createDefaultRegistry().register(flowKind), () => createDefaultRegistry().register(flowKind, { replace: true })],
    ['operators', () => createRuleEngine({ operators: { 'distance-km': { fn: () => 0 } } }), () => createRuleEngine({ operators: { 'distance-km': { fn: () => 0, replace: true } } })],
    ['message codes', () => createMessages([defineMessages({ a: { en: 'x', 'zh-CN': 'x' } }), defineMessages({ a: { en: 'y', 'zh-CN': 'y' } })]), () => builtinMessages().extend({ 'flow.start-count': { en: 'one start', 'zh-CN': '一个开始' } }, { replace: true })],
  ];
  it.each(cases)('%s', (_, duplicate, replace) => {
    expect(codeOf(duplicate)).toBe('registry.duplicate-key');
    expect(codeOf(replace)).toBeUndefined();
  });

  it('a duplicate in the constructor list is refused too', () => {
    expect(() => createNodeTypeRegistry([...builtinNodeTypes, builtinNodeTypes[1]])).toThrow(RegistryError);
    expect(codeOf(() => createFieldTypeRegistry([builtinFieldTypes[0], builtinFieldTypes[0]]))).toBe('registry.duplicate-key');
  });

  it('a replaced operator is the one the engine runs', () => {
    const engine = createRuleEngine({ operators: { 'distance-km': { fn: () => 42, replace: true } } });
    expect(engine.evaluate({ 'distance-km': [1, 2, 3, 4] }, {})).toBe(42);
    expect(defaultRuleEngine().evaluate({ 'distance-km': [0, 0, 0, 0] }, {})).toBe(0);
  });
});

describe('message catalogues belong to a registry, the built-in one is immutable', () => {
  it('the built-in catalogue cannot be changed at run time', () => {
    const before = formatMessage('flow.start-count', 'en', { count: 2 });
    const extended = builtinMessages().extend({ 'flow.start-count': { en: 'changed', 'zh-CN': '已改' } }, { replace: true });
    expect(extended.format('flow.start-count')).toBe('changed');
    expect(formatMessage('flow.start-count', 'en', { count: 2 })).toBe(before);
    expect(Object.isFrozen(builtinMessages())).toBe(true);
  });

  it("a kind's own messages word that registry's issues only", () => {
    const custom: DefinitionKindSpec = {
      kind: 'custom',
      schema: { type: 'object' },
      check: () => [{ path: '/x', code: 'custom.bad', message: 'custom.bad' }],
      messages: defineMessages({ 'custom.bad': { en: 'Bad custom thing', 'zh-CN': '自定义内容有误' } }),
    };
    const registry = createDefinitionRegistry(defaultRuleEngine());
    registry.register(custom);
    expect(registry.validate({ kind: 'custom' }, { locale: 'zh-CN' })).toEqual([{ path: '/x', code: 'custom.bad', message: '自定义内容有误' }]);
    expect(createDefaultRegistry().messages().has('custom.bad')).toBe(false);
    expect(() => registry.register({ ...routingKind, kind: 'custom2', messages: defineMessages({ 'custom.bad': { en: 'x', 'zh-CN': 'x' } }) })).toThrow(RegistryError);
  });

  it('a registry created with its own catalogue words the built-in codes its way', () => {
    const messages = builtinMessages().extend({ 'definition.unknown-kind': { en: 'Kind {kind}? Never heard of it', 'zh-CN': '未知 {kind}' } }, { replace: true });
    const registry = createDefinitionRegistry(defaultRuleEngine(), { messages });
    expect(registry.validate({ kind: 'nope' })[0].message).toBe('Kind nope? Never heard of it');
    expect(createDefaultRegistry().validate({ kind: 'nope' })[0].message).toBe('Unknown definition kind: nope');
  });
});
