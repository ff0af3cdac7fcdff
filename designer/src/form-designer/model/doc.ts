import type { FormField, FormLayout, LayoutSection } from '@oms/runtime';

/**
 * The form document as the designer holds it: the parsed JSON text. Properties the designer does not know are
 * carried along untouched (every command copies objects with spread), so the visual view never loses them.
 */
export type FormDoc = Record<string, unknown> & { kind: 'form'; key: string; fields: FormField[]; layout?: FormLayout };

/** Where a placed field sits in the layout. */
export interface Slot {
  section: number;
  row: number;
  col: number;
}

/** A drop target: before column `col` of a row, or a new row inserted at index `row` (`newRow`). */
export type DropTarget = { section: number; row: number; col: number; newRow?: false } | { section: number; row: number; newRow: true };

export function asFormDoc(json: unknown): FormDoc | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (o.kind !== 'form' || !Array.isArray(o.fields)) return null;
  return o as FormDoc;
}

/** Every field with a key, depth first (section children included), without line-items columns. */
export function allFields(fields: readonly FormField[], out: FormField[] = []): FormField[] {
  for (const f of fields) {
    out.push(f);
    if (Array.isArray(f.fields)) allFields(f.fields, out);
  }
  return out;
}

/** A field by key (`lines` or a column `lines.qty`). */
export function findField(doc: FormDoc, ref: string): FormField | undefined {
  const [key, column] = splitRef(ref);
  const f = allFields(doc.fields).find((x) => x.key === key);
  return column === undefined ? f : f?.columns?.find((c) => c.key === column);
}

export function splitRef(ref: string): [string, string | undefined] {
  const dot = ref.indexOf('.');
  return dot < 0 ? [ref, undefined] : [ref.slice(0, dot), ref.slice(dot + 1)];
}

/**
 * The layout the canvas shows. A form without one is shown as one section, one field per row, in field order
 * (what the renderer does); the first edit writes it out.
 */
export function layoutOf(doc: FormDoc): LayoutSection[] {
  const sections = doc.layout?.sections;
  if (Array.isArray(sections) && sections.length) return sections;
  return [{ id: 'main', rows: doc.fields.map((f) => ({ columns: [{ field: f.key, span: 24 }] })) }];
}

/** The doc with its layout written out (see layoutOf). */
export function withLayout(doc: FormDoc): FormDoc {
  if (Array.isArray(doc.layout?.sections) && doc.layout.sections.length) return doc;
  return { ...doc, layout: { ...(doc.layout ?? {}), sections: layoutOf(doc) } };
}

/** The slot of a field key in the layout, if placed. */
export function slotOf(sections: readonly LayoutSection[], key: string): Slot | undefined {
  for (let s = 0; s < sections.length; s++) {
    const rows = sections[s].rows;
    for (let r = 0; r < rows.length; r++) {
      const c = rows[r].columns.findIndex((x) => x.field === key);
      if (c >= 0) return { section: s, row: r, col: c };
    }
  }
  return undefined;
}

/** Top-level data fields the layout does not place (shown in a tray so nothing disappears from the canvas). */
export function unplaced(doc: FormDoc): FormField[] {
  const sections = layoutOf(doc);
  const placed = new Set(sections.flatMap((s) => s.rows.flatMap((r) => r.columns.map((c) => c.field))));
  return doc.fields.filter((f) => !placed.has(f.key) && !(f.type === 'section' && (f.fields ?? []).every((c) => placed.has(c.key))));
}

/** A key not used by any field yet: `text1`, `text2`, ... */
export function freshKey(doc: FormDoc, base: string): string {
  const used = new Set(allFields(doc.fields).map((f) => f.key));
  const stem = base.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
  for (let i = 1; ; i++) if (!used.has(`${stem}${i}`)) return `${stem}${i}`;
}
