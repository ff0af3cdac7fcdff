/**
 * What an order form puts on the canonical order, so a release can tell whether a flow reads something
 * the form that starts it lacks. Lenient on purpose: a reference is satisfied by a mapped target, a field
 * key, anything inside or above either, or an order field the system fills (ids, channel, totals...).
 */
const SYSTEM_ROOTS = new Set(['id', 'channel', 'externalId', 'currency', 'placedAt', 'totals', 'tags', 'status', 'lines']);

interface FieldLike {
  key?: unknown;
  fields?: unknown;
  columns?: unknown;
}

function collectFields(fields: unknown, out: FieldLike[]): void {
  if (!Array.isArray(fields)) return;
  for (const f of fields as FieldLike[]) {
    if (f === null || typeof f !== 'object') continue;
    out.push(f);
    collectFields(f.fields, out);
  }
}

/** Dotted paths the form provides: mapping targets, `attributes.<key>` for unmapped fields, and field keys. */
export function formProvides(form: Record<string, unknown>): string[] {
  const fields: FieldLike[] = [];
  collectFields(form.fields, fields);
  const mapping = (form.mapping ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const f of fields) {
    if (typeof f.key !== 'string') continue;
    out.push(f.key);
    const target = mapping[f.key];
    const to = typeof target === 'string' ? target : typeof (target as { to?: unknown })?.to === 'string' ? (target as { to: string }).to : `attributes.${f.key}`;
    out.push(to);
    const columns = Array.isArray(f.columns) ? (f.columns as FieldLike[]) : [];
    const remap = ((target as { columns?: Record<string, string> })?.columns ?? {}) as Record<string, string>;
    for (const c of columns) {
      if (typeof c?.key !== 'string') continue;
      out.push(`${f.key}.${c.key}`, `${to}.${remap[c.key] ?? c.key}`);
    }
  }
  return out;
}

export function isProvided(path: string, provided: string[]): boolean {
  if (SYSTEM_ROOTS.has(path.split('.')[0])) return true;
  return provided.some((p) => p === path || path.startsWith(p + '.') || p.startsWith(path + '.'));
}
