import { RuleError, type RuleEnv } from '../types.js';
import { eager, type OpSpec } from '../ops/op-spec.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNITS: Record<string, number> = {
  minute: MINUTE, minutes: MINUTE, hour: HOUR, hours: HOUR, day: DAY, days: DAY, week: 7 * DAY, weeks: 7 * DAY,
};

/** Time comes only from the injected clock: a date rule without `env.now` is a wiring fault. */
export function nowOf(env: RuleEnv): number {
  if (typeof env.now !== 'number' || !Number.isFinite(env.now)) {
    throw new RuleError('rule.no-clock', 'Date operators need env.now from the injected clock');
  }
  return env.now;
}

/** A date operand: epoch milliseconds or an ISO-8601 string; anything else is null. */
export function toTime(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v !== '') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

function since(unit: number): OpSpec {
  return eager((v, _d, c) => {
    const t = toTime(v[0]);
    return t === null ? null : (nowOf(c.env) - t) / unit;
  }, 1, 1);
}

function until(unit: number): OpSpec {
  return eager((v, _d, c) => {
    const t = toTime(v[0]);
    return t === null ? null : (t - nowOf(c.env)) / unit;
  }, 1, 1);
}

export const dateOps: Record<string, OpSpec> = {
  now: eager((_v, _d, c) => nowOf(c.env), 0, 0),
  timestamp: eager((v) => toTime(v[0]), 1, 1),
  'days-since': since(DAY),
  'hours-since': since(HOUR),
  'days-until': until(DAY),
  'hours-until': until(HOUR),
  'date-add': eager((v) => {
    const t = toTime(v[0]);
    const amount = typeof v[1] === 'number' ? v[1] : parseFloat(v[1] as string);
    const unit = UNITS[String(v[2] ?? 'days')];
    if (t === null || !Number.isFinite(amount) || unit === undefined) return null;
    return t + amount * unit;
  }, 2, 3),
  'hour-of-day': eager((v) => {
    const t = toTime(v[0]);
    const offset = v[1] === undefined ? 0 : Number(v[1]);
    return t === null || !Number.isFinite(offset) ? null : new Date(t + offset * MINUTE).getUTCHours();
  }, 1, 2),
  'day-of-week': eager((v) => {
    const t = toTime(v[0]);
    const offset = v[1] === undefined ? 0 : Number(v[1]);
    return t === null || !Number.isFinite(offset) ? null : new Date(t + offset * MINUTE).getUTCDay();
  }, 1, 2),
};
