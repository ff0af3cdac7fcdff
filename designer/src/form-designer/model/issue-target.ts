import type { FormField } from '@oms/runtime';
import type { FormDoc } from './doc';

/** Where an issue of the runtime's checks belongs on the designer: a field (or column) and its property. */
export interface IssueTarget {
  /** Field ref (`lines` or `lines.qty`); absent for form-level issues. */
  field?: string;
  /** The property of the field the issue is about (`key`, `visibleIf`, `mapping`, ...); absent: the field. */
  property?: string;
  /** Index in `validations` for issues of a cross-field validation. */
  validation?: number;
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Resolves a JSON Pointer into the form (`/fields/2/columns/1/min`) to the field it concerns. */
export function issueTarget(doc: FormDoc, path: string): IssueTarget {
  const segs = path.split('/').slice(1).map(unescape);
  if (segs[0] === 'validations' && segs.length > 1) return { validation: Number(segs[1]), property: segs[2] };
  if (segs[0] === 'mapping' && segs.length > 1) {
    // `/mapping/lines/columns/qty`: the column's mapping
    return segs[2] === 'columns' && segs[3] ? { field: `${segs[1]}.${segs[3]}`, property: 'mapping' } : { field: segs[1], property: 'mapping' };
  }
  if (segs[0] !== 'fields') return {};
  let fields: FormField[] | undefined = doc.fields;
  let field: FormField | undefined;
  let i = 0;
  while (i < segs.length && (segs[i] === 'fields' || segs[i] === 'columns')) {
    const list: FormField[] | undefined = segs[i] === 'fields' ? fields : field?.columns;
    const next: FormField | undefined = list?.[Number(segs[i + 1])];
    if (!next) break;
    if (segs[i] === 'columns' && field) return { field: `${field.key}.${next.key}`, property: segs[i + 2] };
    field = next;
    fields = next.fields;
    i += 2;
  }
  return field ? { field: field.key, property: segs[i] } : {};
}
