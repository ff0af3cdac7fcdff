import type { FormField, MappingTarget } from '@oms/runtime';
import { freshKey, layoutOf, splitRef, withLayout, type DropTarget, type FormDoc } from './doc';
import { place, unplace } from './layout-commands';

type Patch = Partial<Record<keyof FormField | string, unknown>>;

/** Applies a patch; a property set to `undefined` is deleted (so "no rule" leaves no `visibleIf: null`). */
export function patchObject<T extends object>(obj: T, patch: Patch): T {
  const next = { ...obj } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as T;
}

function mapFields(fields: FormField[], key: string, f: (x: FormField) => FormField | null): FormField[] {
  const out: FormField[] = [];
  for (const x of fields) {
    if (x.key === key) {
      const y = f(x);
      if (y) out.push(y);
      continue;
    }
    out.push(Array.isArray(x.fields) ? { ...x, fields: mapFields(x.fields, key, f) } : x);
  }
  return out;
}

/** Edits a field or a line-items column (`lines.qty`). */
export function updateField(doc: FormDoc, ref: string, patch: Patch): FormDoc {
  const [key, column] = splitRef(ref);
  const fields = mapFields(doc.fields, key, (f) =>
    column === undefined ? patchObject(f, patch) : { ...f, columns: (f.columns ?? []).map((c) => (c.key === column ? patchObject(c, patch) : c)) },
  );
  return { ...doc, fields };
}

/**
 * Renames a field key everywhere the designer owns the name: the field, its layout slot, its mapping entry.
 * Rules that read the old key are left as written (the runtime check reports them at their path).
 */
export function renameField(doc: FormDoc, ref: string, nextKey: string): FormDoc {
  const [key, column] = splitRef(ref);
  if (column !== undefined) return updateField(doc, ref, { key: nextKey });
  const d = updateField(doc, key, { key: nextKey });
  const sections = layoutOf(d).map((s) => ({
    ...s,
    rows: s.rows.map((r) => ({ ...r, columns: r.columns.map((c) => (c.field === key ? { ...c, field: nextKey } : c)) })),
  }));
  const out: FormDoc = doc.layout ? { ...d, layout: { ...d.layout!, sections } } : d;
  const mapping = doc.mapping as Record<string, MappingTarget> | undefined;
  if (mapping && key in mapping) {
    const { [key]: target, ...rest } = mapping;
    out.mapping = { ...rest, [nextKey]: target };
  }
  return out;
}

/** A new field of a type, with a fresh key and a label in both languages. */
export function newField(doc: FormDoc, type: string, label: { en: string; 'zh-CN': string }, extra: Partial<FormField> = {}): FormField {
  return { key: freshKey(doc, type), type, label: { ...label }, ...extra };
}

/** Adds a new top-level field and places it at the drop target. */
export function addField(doc: FormDoc, field: FormField, target: DropTarget): FormDoc {
  const d = withLayout(doc);
  return { ...d, fields: [...d.fields, field], layout: { ...d.layout!, sections: place(layoutOf(d), field.key, target) } };
}

/** Removes a field (or a column) with its layout slot and mapping entry. */
export function removeField(doc: FormDoc, ref: string): FormDoc {
  const [key, column] = splitRef(ref);
  if (column !== undefined) {
    return { ...doc, fields: mapFields(doc.fields, key, (f) => ({ ...f, columns: (f.columns ?? []).filter((c) => c.key !== column) })) };
  }
  const out: FormDoc = { ...doc, fields: mapFields(doc.fields, key, () => null) };
  if (doc.layout) out.layout = { ...doc.layout, sections: unplace(layoutOf(doc), key) };
  const mapping = doc.mapping as Record<string, MappingTarget> | undefined;
  if (mapping && key in mapping) {
    const { [key]: _gone, ...rest } = mapping;
    out.mapping = rest;
  }
  return out;
}

/** Line-items columns: add, remove (removeField with `lines.col`), reorder. */
export function addColumn(doc: FormDoc, key: string, column: FormField): FormDoc {
  return { ...doc, fields: mapFields(doc.fields, key, (f) => ({ ...f, columns: [...(f.columns ?? []), column] })) };
}

export function moveColumn(doc: FormDoc, ref: string, dir: -1 | 1): FormDoc {
  const [key, column] = splitRef(ref);
  return {
    ...doc,
    fields: mapFields(doc.fields, key, (f) => {
      const cols = [...(f.columns ?? [])];
      const i = cols.findIndex((c) => c.key === column);
      const j = i + dir;
      if (i < 0 || j < 0 || j >= cols.length) return f;
      [cols[i], cols[j]] = [cols[j], cols[i]];
      return { ...f, columns: cols };
    }),
  };
}

/** Line-items column drag: the column `ref` (`lines.col`) takes position `to` (0-based, clamped); the rest keep their order. */
export function placeColumn(doc: FormDoc, ref: string, to: number): FormDoc {
  const [key, column] = splitRef(ref);
  return {
    ...doc,
    fields: mapFields(doc.fields, key, (f) => {
      const cols = [...(f.columns ?? [])];
      const i = cols.findIndex((c) => c.key === column);
      const j = Math.max(0, Math.min(cols.length - 1, to));
      if (i < 0 || i === j) return f;
      const [moved] = cols.splice(i, 1);
      cols.splice(j, 0, moved);
      return { ...f, columns: cols };
    }),
  };
}

/** Sets (or clears with undefined) where a field lands on the canonical order. */
export function setMapping(doc: FormDoc, key: string, target: MappingTarget | undefined): FormDoc {
  const mapping = { ...((doc.mapping as Record<string, MappingTarget> | undefined) ?? {}) };
  if (target === undefined) delete mapping[key];
  else mapping[key] = target;
  return { ...doc, mapping };
}
