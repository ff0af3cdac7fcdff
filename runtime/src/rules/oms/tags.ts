import { charge } from '../eval-context.js';
import { weighText } from '../weigh.js';
import { eager, type OpSpec } from '../ops/op-spec.js';

/** Tags straight from an array, or from the `tags` of an object (an order, a line, a customer). */
function tagsOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && Array.isArray((v as { tags?: unknown }).tags)) return (v as { tags: unknown[] }).tags;
  return [];
}

/** `has-tag`: `[tags | tagged, tag | tags, "any" | "all"]` — membership, "any" by default. */
export const tagOps: Record<string, OpSpec> = {
  'has-tag': eager((v, _d, c) => {
    const tags = tagsOf(v[0]);
    const wanted = Array.isArray(v[1]) ? v[1] : [v[1]];
    charge(c, (tags.length * wanted.length) >>> 4);
    for (const x of wanted) weighText(x, c);
    if (wanted.length === 0) return false;
    return v[2] === 'all' ? wanted.every((w) => tags.includes(w)) : wanted.some((w) => tags.includes(w));
  }, 2, 3),
};
