/**
 * Expands the compact generators used in rule fixtures (so a 20,000-deep rule or a 1 MB string does not
 * have to be stored literally). Objects are rebuilt with Object.fromEntries so an own `__proto__` key
 * parsed from JSON stays an own key.
 */
export function expand(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expand);
  if (typeof v !== 'object' || v === null) return v;
  const keys = Object.keys(v);
  const o = v as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (keys.length === 1 && keys[0].startsWith('$')) {
    const spec = o[keys[0]];
    switch (keys[0]) {
      case '$range':
        return Array.from({ length: spec as number }, (_, i) => i);
      case '$repeat':
        return String(spec.value).repeat(spec.times);
      case '$nest': {
        let r: unknown = true;
        for (let i = 0; i < spec.depth; i++) r = { [spec.op]: [r] };
        return r;
      }
      case '$nestArray': {
        let r: unknown = [];
        for (let i = 0; i < (spec as number); i++) r = [r];
        return r;
      }
      case '$wide':
        return { [spec.op]: Array.from({ length: spec.count }, () => expand(spec.item)) };
    }
  }
  return Object.fromEntries(keys.map((k) => [k, expand(o[k])]));
}
