import { describe, expect, it } from 'vitest';
import {
  addField, layoutOf, moveField, moveStep, readingOrder, removeField, renameField, setMapping, type DropTarget, type FormDoc,
} from '../../../designer/src/form-designer/model/index';

const f = (key: string, type = 'text') => ({ key, type, label: { en: key } });
/** Rows written as `a b | c` (columns separated by spaces, rows by `|`), sections by `//`. */
const grid = (doc: FormDoc) => layoutOf(doc).map((s) => s.rows.map((r) => r.columns.map((c) => c.field).join(' ')).join(' | ')).join(' // ');
const spans = (doc: FormDoc) => layoutOf(doc).flatMap((s) => s.rows.map((r) => r.columns.map((c) => c.span).join(',')));

const base = (): FormDoc => ({
  kind: 'form', key: 'f', title: { en: 'F' }, custom: { kept: true },
  fields: [f('a'), f('b'), f('c'), f('d')],
  layout: { sections: [{ id: 's1', rows: [{ columns: [{ field: 'a', span: 12 }, { field: 'b', span: 12 }] }, { columns: [{ field: 'c', span: 24 }] }] }, { id: 's2', rows: [{ columns: [{ field: 'd', span: 24 }] }] }] },
} as FormDoc);

const moves: Array<[string, string, DropTarget, string]> = [
  ['reorder within a row', 'b', { section: 0, row: 0, col: 0 }, 'b a | c // d'],
  ['join another row', 'c', { section: 0, row: 0, col: 1 }, 'a c b // d'],
  ['leave a row for a new one', 'a', { section: 0, row: 2, newRow: true }, 'b | c | a // d'],
  ['move to another section', 'a', { section: 1, row: 0, col: 1 }, 'b | c // d a'],
  ['empty rows disappear', 'd', { section: 0, row: 1, col: 1 }, 'a b | c d // '],
  ['drop at own place is a no-op', 'a', { section: 0, row: 0, col: 0 }, 'a b | c // d'],
  ['drop right after itself is a no-op', 'a', { section: 0, row: 0, col: 1 }, 'a b | c // d'],
  ['new row at the top', 'd', { section: 0, row: 0, newRow: true }, 'd | a b | c // '],
];

describe('form designer layout commands', () => {
  it.each(moves)('%s', (_, key, target, expected) => {
    expect(grid(moveField(base(), key, target))).toBe(expected);
  });

  it('rows that gained or lost a column share the 24-grid evenly; others keep their spans', () => {
    const d = moveField(base(), 'c', { section: 0, row: 0, col: 2 });
    expect(spans(d)).toEqual(['8,8,8', '24']);
    expect(spans(moveField(base(), 'b', { section: 0, row: 1, col: 0 }))).toEqual(['24', '12,12', '24']);
  });

  it('a form without a layout is shown one field per row and written out on the first edit', () => {
    const d = { kind: 'form', key: 'x', fields: [f('a'), f('b')] } as FormDoc;
    expect(grid(d)).toBe('a | b');
    expect(d.layout).toBeUndefined();
    const next = moveField(d, 'b', { section: 0, row: 0, col: 0 });
    expect(grid(next)).toBe('b a');
    expect(next.layout?.sections).toHaveLength(1);
  });

  it('adding places the new field at the drop target; removing clears field, slot and mapping', () => {
    const added = addField(base(), f('e', 'number'), { section: 1, row: 0, col: 0 });
    expect(grid(added)).toBe('a b | c // e d');
    expect(added.fields.map((x) => x.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const mapped = setMapping(added, 'e', 'totals.total');
    const removed = removeField(mapped, 'e');
    expect(grid(removed)).toBe('a b | c // d');
    expect(removed.mapping).toEqual({});
    expect(removed.fields.map((x) => x.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    ['a', 1, 'b a | c // d'],
    ['c', -1, 'a c | b // d'],
    ['a', -1, 'a b | c // d'],
    ['d', 1, 'a b | c // d'],
    ['c', 1, 'a b | d // c'],
  ] as const)('keyboard move of %s by %i', (key, dir, expected) => {
    expect(grid(moveStep(base(), key, dir))).toBe(expected);
  });

  it('renaming follows into the layout and the mapping', () => {
    const d = renameField(setMapping(base(), 'a', 'externalId'), 'a', 'po');
    expect(readingOrder(layoutOf(d))).toEqual(['po', 'b', 'c', 'd']);
    expect(d.mapping).toEqual({ po: 'externalId' });
    expect(d.fields[0].key).toBe('po');
  });

  it('never loses what it does not know: unknown properties of the form, fields and layout survive every command', () => {
    const doc = base();
    (doc.fields[0] as unknown as Record<string, unknown>).vendorHint = 42;
    (doc.layout!.sections[0] as unknown as Record<string, unknown>).theme = 'dark';
    const d = moveStep(moveField(addField(doc, f('e'), { section: 0, row: 0, col: 0 }), 'a', { section: 1, row: 0, col: 0 }), 'e', 1);
    expect(d.custom).toEqual({ kept: true });
    expect((d.fields.find((x) => x.key === 'a') as unknown as Record<string, unknown>).vendorHint).toBe(42);
    expect((d.layout!.sections[0] as unknown as Record<string, unknown>).theme).toBe('dark');
  });

  it('commands never mutate their input (undo keeps the previous document)', () => {
    const doc = base();
    const before = JSON.stringify(doc);
    moveField(doc, 'a', { section: 1, row: 0, col: 0 });
    addField(doc, f('e'), { section: 0, row: 0, newRow: true });
    removeField(doc, 'b');
    moveStep(doc, 'a', 1);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
