/** RFC 6901 JSON Pointers: `""` is the whole document, `/items/0/sku` a member; `~1` is `/`, `~0` is `~`. */
export const POINTER = /^(\/([^~/]|~[01])*)*$/;

export function isPointer(p: unknown): p is string {
  return typeof p === 'string' && POINTER.test(p);
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** The value at `pointer`, or undefined when a step is missing (own properties only: no `__proto__` walks). */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = unescape(raw);
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
      cur = cur[Number(key)];
    } else if (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) {
      cur = (cur as Record<string, unknown>)[key];
    } else return undefined;
  }
  return cur;
}

/** `base` + `/index` + `rel`, for error paths inside an array item. */
export const join = (base: string, index: number, rel: string) => `${base}/${index}${rel}`;
