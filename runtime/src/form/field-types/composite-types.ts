import type { Issue, Locale } from '../../core/issue.js';
import { pointerSegment } from '../../core/issue.js';
import { pickText } from '../messages.js';
import type { I18nText } from '../types.js';
import type { FieldCheckContext, FieldType } from './registry.js';
import { checkCount, fail, isBlank } from './helpers.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ADDRESS_PARTS: Record<string, I18nText> = {
  name: { en: 'Recipient', 'zh-CN': '收件人' },
  company: { en: 'Company', 'zh-CN': '公司' },
  line1: { en: 'Address line 1', 'zh-CN': '详细地址' },
  line2: { en: 'Address line 2', 'zh-CN': '地址补充' },
  city: { en: 'City', 'zh-CN': '城市' },
  region: { en: 'Region', 'zh-CN': '省/州' },
  postcode: { en: 'Postcode', 'zh-CN': '邮编' },
  country: { en: 'Country', 'zh-CN': '国家/地区' },
  phone: { en: 'Phone', 'zh-CN': '电话' },
};
/** Parts a required address must have to be shippable. */
const ADDRESS_REQUIRED = ['line1', 'city', 'country'];

function part(ctx: FieldCheckContext, name: string, labels: Record<string, I18nText>, locale: Locale): FieldCheckContext {
  return { ...ctx, path: `${ctx.path}/${pointerSegment(name)}`, label: `${ctx.label} · ${pickText(labels[name], locale)}` };
}

function trimStrings(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    // A JSON `__proto__` key would re-parent the copy: drop such keys instead of copying them.
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    if (!isBlank(v)) out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

export const addressFieldType: FieldType = {
  key: 'address',
  valueKind: 'address',
  valueSchema: () => ({
    type: 'object',
    properties: Object.fromEntries(Object.keys(ADDRESS_PARTS).map((k) => [k, { type: 'string' }])),
    additionalProperties: false,
  }),
  emptyValue: () => ({}),
  coerce(raw) {
    const v = trimStrings(raw);
    if (isObject(v) && typeof v.country === 'string') v.country = v.country.toUpperCase();
    return v;
  },
  isEmpty: (v) => isBlank(v) || (isObject(v) && Object.values(v).every(isBlank)),
  validate(value, _field, ctx) {
    if (!isObject(value)) return [fail('form.invalid-value', ctx)];
    const issues: Issue[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (!(k in ADDRESS_PARTS)) issues.push(fail('form.invalid-value', part(ctx, k, {}, ctx.locale)));
      else if (typeof v !== 'string') issues.push(fail('form.not-a-string', part(ctx, k, ADDRESS_PARTS, ctx.locale)));
    }
    if (ctx.required) {
      for (const k of ADDRESS_REQUIRED) if (isBlank(value[k])) issues.push(fail('form.required', part(ctx, k, ADDRESS_PARTS, ctx.locale)));
    }
    if (typeof value.country === 'string' && !/^[A-Z]{2}$/.test(value.country)) {
      issues.push(fail('form.invalid-country', part(ctx, 'country', ADDRESS_PARTS, ctx.locale)));
    }
    return issues;
  },
};

const CUSTOMER_PARTS: Record<string, I18nText> = {
  id: { en: 'Customer ID', 'zh-CN': '客户编号' },
  email: { en: 'Email', 'zh-CN': '邮箱' },
  name: { en: 'Name', 'zh-CN': '名称' },
};

/** A customer reference: picked from the customer list (`id`) or typed in (`name`, `email`). */
export const customerFieldType: FieldType = {
  key: 'customer',
  valueKind: 'customer',
  valueSchema: () => ({
    type: 'object',
    properties: { id: { type: 'string' }, email: { type: 'string', format: 'email' }, name: { type: 'string' } },
    additionalProperties: false,
  }),
  emptyValue: () => ({}),
  coerce: (raw) => (typeof raw === 'string' ? (raw.trim() === '' ? undefined : { id: raw.trim() }) : trimStrings(raw)),
  isEmpty: (v) => isBlank(v) || (isObject(v) && ['id', 'email', 'name'].every((k) => isBlank(v[k]))),
  validate(value, _field, ctx) {
    if (!isObject(value)) return [fail('form.invalid-value', ctx)];
    const issues: Issue[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (!(k in CUSTOMER_PARTS)) issues.push(fail('form.invalid-value', part(ctx, k, {}, ctx.locale)));
      else if (typeof v !== 'string') issues.push(fail('form.not-a-string', part(ctx, k, CUSTOMER_PARTS, ctx.locale)));
    }
    if (typeof value.email === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.email)) {
      issues.push(fail('form.invalid-email', part(ctx, 'email', CUSTOMER_PARTS, ctx.locale)));
    }
    return issues;
  },
};

/**
 * A table of rows with typed columns. The type checks the table itself (rows, row count); the form
 * engine validates each cell with its column's type so that cells get paths like `/lines/2/qty`.
 */
export const lineItemsFieldType: FieldType = {
  key: 'line-items',
  valueKind: 'rows',
  container: 'rows',
  accepts: { minMax: true },
  valueSchema: () => ({ type: 'array', items: { type: 'object' } }),
  emptyValue: () => [],
  coerce: (raw) => (Array.isArray(raw) ? raw.map((r) => (isObject(r) ? { ...r } : r)) : raw),
  isEmpty: (v) => isBlank(v) || (Array.isArray(v) && v.length === 0),
  validate(value, field, ctx) {
    if (!Array.isArray(value)) return [fail('form.invalid-value', ctx)];
    const rowIssues = value.flatMap((row, i) => (isObject(row) ? [] : [fail('form.invalid-value', { ...ctx, path: `${ctx.path}/${i}` })]));
    return [...rowIssues, ...checkCount(value.length, field, ctx, 'form.too-few-rows', 'form.too-many-rows')];
  },
};

/** A group of fields for layout and shared visibility; it holds no value of its own. */
export const sectionFieldType: FieldType = {
  key: 'section',
  valueKind: 'none',
  container: 'group',
  valueSchema: () => ({}),
  emptyValue: () => undefined,
  coerce: () => undefined,
  isEmpty: () => true,
  validate: () => [],
};
