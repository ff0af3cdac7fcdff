import type { Issue } from '../../core/issue.js';
import { makeIssue } from '../../core/messages.js';
import '../messages.js';
import type { FormField } from '../types.js';
import type { FieldCheckContext } from './registry.js';

export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function toNumber(raw: unknown): unknown {
  if (typeof raw === 'string') {
    const s = raw.trim().replace(/,/g, '');
    if (s === '') return undefined;
    const n = Number(s);
    return Number.isFinite(n) ? n : raw;
  }
  return raw;
}

export function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function fail(code: string, ctx: FieldCheckContext, params: Record<string, unknown> = {}): Issue {
  return makeIssue(code, ctx.path, ctx.locale, { label: ctx.label, ...params });
}

/** min/max as value bounds. */
export function checkRange(n: number, field: FormField, ctx: FieldCheckContext): Issue[] {
  const min = asNumber(field.min);
  const max = asNumber(field.max);
  if (min !== undefined && n < min) return [fail('form.too-small', ctx, { limit: min })];
  if (max !== undefined && n > max) return [fail('form.too-large', ctx, { limit: max })];
  return [];
}

/** min/max as a count (characters, items, rows). */
export function checkCount(n: number, field: FormField, ctx: FieldCheckContext, tooFew: string, tooMany: string): Issue[] {
  const min = asNumber(field.min);
  const max = asNumber(field.max);
  if (min !== undefined && n < min) return [fail(tooFew, ctx, { limit: min })];
  if (max !== undefined && n > max) return [fail(tooMany, ctx, { limit: max })];
  return [];
}

export function checkPattern(s: string, field: FormField, ctx: FieldCheckContext): Issue[] {
  if (!field.pattern) return [];
  // Patterns are anchored-by-author regular expressions (no eval); a bad one is a definition error.
  let re: RegExp;
  try {
    re = new RegExp(field.pattern, 'u');
  } catch {
    return [];
  }
  return re.test(s) ? [] : [fail('form.pattern', ctx, { pattern: field.pattern })];
}

export function optionValues(field: FormField): Array<string | number | boolean> {
  return (field.options ?? []).map((o) => o.value);
}

/** Browser selects give strings; map "2" back onto a numeric option 2. */
export function coerceOption(raw: unknown, field: FormField): unknown {
  if (typeof raw !== 'string') return raw === null ? undefined : raw;
  if (raw === '') return undefined;
  const match = optionValues(field).find((v) => String(v) === raw);
  return match ?? raw;
}
