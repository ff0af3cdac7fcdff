import { describe, expect, it } from 'vitest';
import { jsonPathDiff, semanticDiff } from '../../../../designer/src/releases/semantic-diff';
import cases from './semantic-diff.cases.json';

describe('semantic diff of a draft against the published version', () => {
  it.each(cases as Array<{ name: string; kind: string; published: unknown; draft: unknown; expected: unknown }>)('$name', (c) => {
    expect(semanticDiff(c.kind, c.published, c.draft)).toEqual(c.expected);
  });
  it('JSON Pointer escapes keys with / and ~', () => {
    expect(jsonPathDiff({ 'a/b': 1 }, { 'a/b': 2 })).toEqual([{ subject: 'path', change: 'changed', id: '/a~1b' }]);
    expect(jsonPathDiff({ x: 1 }, { x: 1 })).toEqual([]);
  });
});
