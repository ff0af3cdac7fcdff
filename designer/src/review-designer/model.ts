import type { ReviewAction, ReviewRule } from '@oms/runtime';

/** The review document as the designer holds it; unknown properties ride along untouched (spread copies). */
export type ReviewDoc = Record<string, unknown> & { kind: 'review'; key: string; rules: ReviewRule[] };

export const ACTIONS: readonly ReviewAction[] = ['pass', 'hold', 'reject', 'flag'];

export function asReviewDoc(json: unknown): ReviewDoc | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  return o.kind === 'review' && Array.isArray(o.rules) ? (o as ReviewDoc) : null;
}

function freshId(doc: ReviewDoc): string {
  const used = new Set(doc.rules.map((r) => r.id));
  for (let i = 1; ; i++) if (!used.has(`rule-${i}`)) return `rule-${i}`;
}

/** A new rule that holds; its condition starts as an empty "all of" group the analyst fills in. */
export function addRule(doc: ReviewDoc): ReviewDoc {
  const id = freshId(doc);
  const rule: ReviewRule = { id, when: { and: [] }, action: 'hold', message: { en: 'Please review this order', 'zh-CN': '请审核此订单' } };
  return { ...doc, rules: [...doc.rules, rule] };
}

export function removeRule(doc: ReviewDoc, index: number): ReviewDoc {
  return { ...doc, rules: doc.rules.filter((_, i) => i !== index) };
}

/** Sets properties of one rule; `undefined` deletes a property. */
export function updateRule(doc: ReviewDoc, index: number, patch: Partial<Record<keyof ReviewRule, unknown>>): ReviewDoc {
  return {
    ...doc,
    rules: doc.rules.map((r, i) => {
      if (i !== index) return r;
      const next = { ...r } as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) delete next[k];
        else next[k] = v;
      }
      return next as unknown as ReviewRule;
    }),
  };
}

/**
 * Moves rule `from` into the gap `gap` (0 = before the first rule, length = after the last), as a drop between
 * two cards means. Rule order is evaluation order, so this is the one edit that changes meaning by position.
 */
export function moveRule(doc: ReviewDoc, from: number, gap: number): ReviewDoc {
  if (from < 0 || from >= doc.rules.length || gap < 0 || gap > doc.rules.length) return doc;
  const to = gap > from ? gap - 1 : gap;
  if (to === from) return doc;
  const rules = [...doc.rules];
  const [r] = rules.splice(from, 1);
  rules.splice(to, 0, r);
  return { ...doc, rules };
}
