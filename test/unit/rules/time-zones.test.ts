import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { RuleError, createRuleEngine } from '../../../runtime/src/rules/index.js';
import { evaluateForm, reviewOrder, createRoutingEngine, type FormDefinition, type ReviewDefinition, type RoutingInput } from '../../../runtime/src/index.js';

/**
 * Time zones: the same answers under any host TZ (npm test runs this file under UTC, Asia/Shanghai and
 * America/New_York). Expected values were written by hand from the calendar, not from running the code.
 */
interface Case {
  name: string;
  zone: string;
  envZone?: string;
  rule: unknown;
  data?: unknown;
  expected?: unknown;
  error?: string;
}

const golden = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/rules/time-zones.json'), 'utf8')) as { now: string; cases: Case[] };
const now = Date.UTC(2026, 2, 2);

describe('time zones (golden cases)', () => {
  it('runs under the zone the suite was started with', () => {
    // npm test sets OMS_EXPECT_TZ next to TZ, so a step that silently ran in another zone fails here.
    const expected = process.env.OMS_EXPECT_TZ;
    if (expected !== undefined) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
    expect(fixedClock(golden.now).now()).toBe(now);
  });

  it.each(golden.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const engine = createRuleEngine({ timeZone: c.zone });
    const env = { now, ...(c.envZone === undefined ? {} : { timeZone: c.envZone }) };
    if (c.error) {
      expect(() => engine.evaluate(c.rule, c.data ?? {}, env)).toThrow(expect.objectContaining({ code: c.error }));
      return;
    }
    expect(engine.evaluate(c.rule, c.data ?? {}, env)).toEqual(c.expected);
  });
});

describe('time zone options', () => {
  it('defaults to UTC and canonicalises zone names', () => {
    expect(createRuleEngine().timeZone).toBe('UTC');
    expect(createRuleEngine({ timeZone: 'asia/shanghai' }).timeZone).toBe('Asia/Shanghai');
  });

  it.each(['Mars/Olympus', '', 'UTC+25', 'x'.repeat(200)])('rejects the engine zone %j with rule.invalid-time-zone', (zone) => {
    let err: unknown;
    try {
      createRuleEngine({ timeZone: zone });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RuleError);
    expect((err as RuleError).code).toBe('rule.invalid-time-zone');
  });

  it('fixedClock reads an offset-less start in its own zone, never the host one', () => {
    expect(fixedClock('2026-03-01T00:00', 'Asia/Shanghai').now()).toBe(Date.UTC(2026, 1, 28, 16));
    expect(fixedClock('2026-03-01T00:00').now()).toBe(Date.UTC(2026, 2, 1));
    expect(fixedClock('2026-03-01T00:00', 'America/New_York').timeZone).toBe('America/New_York');
    expect(() => fixedClock('yesterday')).toThrow(RangeError);
  });
});

const order = { id: 'o', lines: [{ id: 'L1', sku: 'A', qty: 1 }] };
const routingInput = (where: unknown): RoutingInput => ({
  order,
  locations: [{ id: 'w-1', type: 'warehouse' }],
  stock: [{ location: 'w-1', sku: 'A', onHand: 5, reserved: 0 }],
  definition: { kind: 'routing', key: 'r', title: { en: 'R' }, candidates: { where } },
});
const review = (when: unknown): ReviewDefinition => ({
  kind: 'review', key: 'rv', title: { en: 'R' }, rules: [{ id: 'late', when, action: 'hold', message: { en: 'late' } }],
});
const form = (visibleIf: unknown): FormDefinition => ({
  kind: 'form', key: 'f', title: { en: 'F' }, fields: [{ key: 'note', type: 'text', label: { en: 'Note' }, visibleIf }],
}) as unknown as FormDefinition;

describe('engines pass the clock zone to their rules', () => {
  const evening = { '>=': [{ 'hour-of-day': [{ now: [] }] }, 18] };
  // 2026-03-02T12:00Z: 12:00 in UTC, 20:00 in Shanghai, 07:00 in New York.
  const at = Date.UTC(2026, 2, 2, 12);

  it('routing: clock.timeZone reaches `where`', () => {
    const engine = createRoutingEngine({ rules: createRuleEngine() });
    const input = routingInput(evening);
    const open = (zone?: string) => engine.route(input, { now: () => at, timeZone: zone }).shipments.length;
    expect(open('Asia/Shanghai')).toBe(1);
    expect(open('America/New_York')).toBe(0);
    expect(open(undefined)).toBe(0);
  });

  it('review: options.timeZone reaches `when`', () => {
    const def = review(evening);
    expect(reviewOrder(def, order, { now: at, timeZone: 'Asia/Shanghai' }).decision).toBe('hold');
    expect(reviewOrder(def, order, { now: at, timeZone: 'UTC' }).decision).toBe('pass');
  });

  it('form: options.timeZone reaches visibleIf', () => {
    const f = form(evening);
    expect(evaluateForm(f, {}, { now: at, timeZone: 'Asia/Shanghai' }).visible.note).toBe(true);
    expect(evaluateForm(f, {}, { now: at, timeZone: 'America/New_York' }).visible.note).toBe(false);
  });
});
