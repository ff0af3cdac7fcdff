import { charge, type EvalCtx } from '../eval-context.js';
import { weighText } from '../weigh.js';
import type { OpSpec } from '../ops/op-spec.js';

/** Tags straight from an array, or from the `tags` of an object (an order, a line, a customer). */
function tagsOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && Array.isArray((v as { tags?: unknown }).tags)) return (v as { tags: unknown[] }).tags;
  return [];
}

function hasTag(tagged: unknown, want: unknown, mode: unknown, c: EvalCtx): boolean {
  const tags = tagsOf(tagged);
  if (!Array.isArray(want)) {
    // A single wanted tag: no wrapper list ("any" and "all" agree on one).
    charge(c, tags.length >>> 4);
    weighText(want, c);
    return tags.includes(want);
  }
  charge(c, (tags.length * want.length) >>> 4);
  for (const x of want) weighText(x, c);
  if (want.length === 0) return false;
  return mode === 'all' ? want.every((w) => tags.includes(w)) : want.some((w) => tags.includes(w));
}

/** `has-tag`: `[tags | tagged, tag | tags, "any" | "all"]` — membership, "any" by default. */
export const tagOps: Record<string, OpSpec> = {
  'has-tag': {
    minArgs: 2,
    maxArgs: 3,
    compile({ args }) {
      const [a0, a1, a2] = args;
      if (a2 === undefined) {
        return (d, c) => {
          const tagged = a0(d, c);
          return hasTag(tagged, a1(d, c), undefined, c);
        };
      }
      return (d, c) => {
        const tagged = a0(d, c);
        const want = a1(d, c);
        return hasTag(tagged, want, a2(d, c), c);
      };
    },
  },
};
