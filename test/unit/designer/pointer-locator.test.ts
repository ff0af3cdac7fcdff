import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonTree } from '../../../designer/src/components/json-editor/json-tree';
import { locatePointer } from '../../../designer/src/components/json-editor/pointer-locator';

// Golden cases: each JSON Pointer must land on the exact text the editor will underline.
const golden = JSON.parse(readFileSync(new URL('./pointer-locator.cases.json', import.meta.url), 'utf8')) as {
  document: string;
  cases: Array<{ pointer: string; text: string; exact: boolean }>;
};

describe('locatePointer', () => {
  it.each(golden.cases)('$pointer → $text', ({ pointer, text, exact }) => {
    const r = locatePointer(golden.document, pointer);
    expect(golden.document.slice(r.start, r.end)).toBe(text);
    expect(r.exact).toBe(exact);
  });

  it('unparsable text falls back to the first character', () => {
    expect(locatePointer('{"a": [1, 2', '/a/1')).toEqual({ start: 0, end: 1, exact: false });
  });

  it('the offset tree agrees with JSON.parse on the golden document', () => {
    const tree = parseJsonTree(golden.document);
    const parsed = JSON.parse(golden.document) as Record<string, unknown>;
    expect(tree.members?.map((m) => m.key)).toEqual(Object.keys(parsed));
  });

  it.each(['{"a":1,}', '[1 2]', '{"a" 1}', 'tru', '{"a":1} x', '"open'])('rejects invalid JSON %s', (bad) => {
    expect(() => parseJsonTree(bad)).toThrow(SyntaxError);
  });
});
