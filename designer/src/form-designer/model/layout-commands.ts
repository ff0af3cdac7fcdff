import type { LayoutColumn, LayoutSection } from '@oms/runtime';
import { layoutOf, slotOf, withLayout, type DropTarget, type FormDoc } from './doc';

const HOLE = '\u0000moving';
type Row = { columns: LayoutColumn[] } & Record<string, unknown>;

const cloneSections = (sections: readonly LayoutSection[]): LayoutSection[] =>
  sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, columns: r.columns.map((c) => ({ ...c })) })) }));

const even = (row: Row) => {
  const n = row.columns.length;
  row.columns = row.columns.map((c) => ({ ...c, span: Math.max(1, Math.floor(24 / n)) }));
};

/**
 * Puts `key` at `target`, taking it out of where it was. The old place is marked first and cleared after the
 * insert, so the target's indexes mean what the analyst saw when dropping. Rows left empty disappear; the rows
 * that gained or lost a column share the 24-grid evenly.
 */
export function place(sections: readonly LayoutSection[], key: string, target: DropTarget): LayoutSection[] {
  const next = cloneSections(sections);
  const touched = new Set<Row>();
  const from = slotOf(next, key);
  if (from) {
    const row = next[from.section].rows[from.row] as Row;
    row.columns[from.col] = { ...row.columns[from.col], field: HOLE };
    touched.add(row);
  }
  const section = next[target.section];
  if (!section) return [...sections];
  const column: LayoutColumn = { field: key, span: 24 };
  if (target.newRow) {
    const row: Row = { columns: [column] };
    section.rows.splice(Math.min(target.row, section.rows.length), 0, row);
  } else {
    const row = section.rows[target.row] as Row | undefined;
    if (!row) section.rows.push({ columns: [column] });
    else {
      row.columns.splice(Math.min(target.col, row.columns.length), 0, column);
      touched.add(row);
    }
  }
  for (const s of next) {
    for (const r of s.rows) r.columns = r.columns.filter((c) => c.field !== HOLE);
    s.rows = s.rows.filter((r) => r.columns.length > 0);
  }
  for (const r of touched) if (r.columns.length) even(r);
  return next;
}

export function moveField(doc: FormDoc, key: string, target: DropTarget): FormDoc {
  const d = withLayout(doc);
  return { ...d, layout: { ...d.layout!, sections: place(layoutOf(d), key, target) } };
}

/** Removes a key from the layout (the field itself is removed by the field commands). */
export function unplace(sections: readonly LayoutSection[], key: string): LayoutSection[] {
  return sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => ({ ...r, columns: r.columns.filter((c) => c.field !== key) })).filter((r) => r.columns.length > 0),
  }));
}

/** Reading order of the placed fields: section by section, row by row, left to right. */
export function readingOrder(sections: readonly LayoutSection[]): string[] {
  return sections.flatMap((s) => s.rows.flatMap((r) => r.columns.map((c) => c.field)));
}

/** Keyboard alternative to dragging: swaps a field with its neighbour in reading order (spans stay with the place). */
export function moveStep(doc: FormDoc, key: string, dir: -1 | 1): FormDoc {
  const d = withLayout(doc);
  const sections = layoutOf(d);
  const order = readingOrder(sections);
  const i = order.indexOf(key);
  const j = i + dir;
  if (i < 0 || j < 0 || j >= order.length) return doc;
  const other = order[j];
  const swapped = sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => ({
      ...r,
      columns: r.columns.map((c) => (c.field === key ? { ...c, field: other } : c.field === other ? { ...c, field: key } : c)),
    })),
  }));
  return { ...d, layout: { ...d.layout!, sections: swapped } };
}

export function addSection(doc: FormDoc, id: string, title: Record<string, string>): FormDoc {
  const d = withLayout(doc);
  return { ...d, layout: { ...d.layout!, sections: [...layoutOf(d), { id, title, rows: [] }] } };
}

/** Removes a section of the layout; its fields stay in the form (the canvas lists them as not placed). */
export function removeSection(doc: FormDoc, index: number): FormDoc {
  const d = withLayout(doc);
  const sections = layoutOf(d).filter((_, i) => i !== index);
  return { ...d, layout: { ...d.layout!, sections } };
}

export function setSection(doc: FormDoc, index: number, patch: Partial<LayoutSection>): FormDoc {
  const d = withLayout(doc);
  const sections = layoutOf(d).map((s, i) => (i === index ? { ...s, ...patch } : s));
  return { ...d, layout: { ...d.layout!, sections } };
}

/** Sets one column's width on the 24-grid. */
export function setSpan(doc: FormDoc, key: string, span: number): FormDoc {
  const d = withLayout(doc);
  const sections = layoutOf(d).map((s) => ({
    ...s,
    rows: s.rows.map((r) => ({ ...r, columns: r.columns.map((c) => (c.field === key ? { ...c, span } : c)) })),
  }));
  return { ...d, layout: { ...d.layout!, sections } };
}
