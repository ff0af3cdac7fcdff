import type { FieldType } from './registry.js';
import { asNumber, checkCount, checkPattern, checkRange, coerceOption, fail, isBlank, optionValues, toNumber } from './helpers.js';

function textType(key: string): FieldType {
  return {
    key,
    valueKind: 'string',
    column: true,
    accepts: { pattern: true, minMax: true },
    valueSchema: (f) => ({ type: 'string', ...(f.pattern ? { pattern: f.pattern } : {}) }),
    emptyValue: () => '',
    coerce: (raw) => (typeof raw === 'number' ? String(raw) : raw),
    isEmpty: isBlank,
    validate(value, field, ctx) {
      if (typeof value !== 'string') return [fail('form.not-a-string', ctx)];
      const lengthIssues = checkCount([...value].length, field, ctx, 'form.too-short', 'form.too-long');
      return lengthIssues.length ? lengthIssues : checkPattern(value, field, ctx);
    },
  };
}

export const textFieldType = textType('text');
export const textareaFieldType = textType('textarea');

/** A stock-keeping unit code; a default pattern keeps whitespace and odd characters out. */
export const skuFieldType: FieldType = {
  ...textType('sku'),
  coerce: (raw) => (typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : raw),
  validate(value, field, ctx) {
    const base = textType('sku').validate(value, field, ctx);
    if (base.length || field.pattern || typeof value !== 'string') return base;
    return /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/.test(value) ? [] : [fail('form.pattern', ctx)];
  },
};

export const numberFieldType: FieldType = {
  key: 'number',
  valueKind: 'number',
  column: true,
  accepts: { minMax: true },
  valueSchema: (f) => ({ type: 'number', ...(asNumber(f.min) !== undefined ? { minimum: f.min } : {}), ...(asNumber(f.max) !== undefined ? { maximum: f.max } : {}) }),
  emptyValue: () => undefined,
  coerce: toNumber,
  isEmpty: isBlank,
  validate(value, field, ctx) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [fail('form.not-a-number', ctx)];
    return checkRange(value, field, ctx);
  },
};

/** An amount in the form currency's major unit; `scale` decimals (default 2). */
export const moneyFieldType: FieldType = {
  ...numberFieldType,
  key: 'money',
  validate(value, field, ctx) {
    const base = numberFieldType.validate(value, field, ctx);
    if (base.length) return base;
    const scale = field.scale ?? 2;
    const n = value as number;
    // Compare on the rounded value so 0.1 + 0.2 style float noise does not count as a decimal.
    const factor = 10 ** scale;
    return Math.abs(Math.round(n * factor) - n * factor) > 1e-6 ? [fail('form.too-many-decimals', ctx, { scale })] : [];
  },
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A calendar date as `YYYY-MM-DD` (ISO strings compare correctly as text). */
export const dateFieldType: FieldType = {
  key: 'date',
  valueKind: 'date',
  column: true,
  accepts: { minMax: true },
  valueSchema: () => ({ type: 'string', format: 'date' }),
  emptyValue: () => undefined,
  coerce: (raw) => (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw) ? raw.slice(0, 10) : raw === '' ? undefined : raw),
  isEmpty: isBlank,
  validate(value, field, ctx) {
    if (!isIsoDate(value)) return [fail('form.invalid-date', ctx)];
    if (isIsoDate(field.min) && value < field.min) return [fail('form.date-too-early', ctx, { limit: field.min })];
    if (isIsoDate(field.max) && value > field.max) return [fail('form.date-too-late', ctx, { limit: field.max })];
    return [];
  },
};

export const selectFieldType: FieldType = {
  key: 'select',
  valueKind: 'string',
  column: true,
  accepts: { options: true },
  valueSchema: (f) => ({ enum: optionValues(f) }),
  emptyValue: () => undefined,
  coerce: coerceOption,
  isEmpty: isBlank,
  validate(value, field, ctx) {
    return optionValues(field).includes(value as string) ? [] : [fail('form.not-an-option', ctx, { value: String(value) })];
  },
};

export const multiselectFieldType: FieldType = {
  key: 'multiselect',
  valueKind: 'string[]',
  accepts: { options: true, minMax: true },
  valueSchema: (f) => ({ type: 'array', items: { enum: optionValues(f) }, uniqueItems: true }),
  emptyValue: () => [],
  coerce: (raw, field) => (Array.isArray(raw) ? raw.map((v) => coerceOption(v, field)) : typeof raw === 'string' && raw !== '' ? [coerceOption(raw, field)] : raw),
  isEmpty: (v) => isBlank(v) || (Array.isArray(v) && v.length === 0),
  validate(value, field, ctx) {
    if (!Array.isArray(value)) return [fail('form.invalid-value', ctx)];
    const allowed = optionValues(field);
    const bad = value.find((v) => !allowed.includes(v as string));
    if (bad !== undefined) return [fail('form.not-an-option', ctx, { value: String(bad) })];
    return checkCount(new Set(value).size, field, ctx, 'form.too-few-items', 'form.too-many-items');
  },
};

/** A checkbox: "required" means it must be ticked (terms accepted). */
export const checkboxFieldType: FieldType = {
  key: 'checkbox',
  valueKind: 'boolean',
  column: true,
  valueSchema: () => ({ type: 'boolean' }),
  emptyValue: () => false,
  coerce: (raw) => (raw === 'true' || raw === 'on' ? true : raw === 'false' || raw === '' || raw === undefined || raw === null ? false : raw),
  isEmpty: (v) => v === false || v === undefined || v === null,
  validate: (value, _field, ctx) => (typeof value === 'boolean' ? [] : [fail('form.not-a-boolean', ctx)]),
};
