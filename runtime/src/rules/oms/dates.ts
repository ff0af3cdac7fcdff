import { RuleError, type RuleEnv } from '../types.js';
import type { EvalCtx } from '../eval-context.js';
import { eager, type OpSpec } from '../ops/op-spec.js';
import { weighed } from '../weigh.js';
import { canonicalZone, parseInZone, zoned } from '../../core/time-zone.js';
import { requireZone } from './time-zone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Exact units add elapsed time; calendar units add wall-clock days in the zone (a DST day has 23 or 25 h). */
const EXACT: Record<string, number> = { minute: MINUTE, minutes: MINUTE, hour: HOUR, hours: HOUR };
const CALENDAR: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

/** Time comes only from the injected clock: a date rule without `env.now` is a wiring fault. */
export function nowOf(env: RuleEnv): number {
  if (typeof env.now !== 'number' || !Number.isFinite(env.now)) {
    throw new RuleError('rule.no-clock', 'Date operators need env.now from the injected clock');
  }
  return env.now;
}

/** The zone of this evaluation: `env.timeZone` overrides the engine's; a bad name is a RuleError. */
export function zoneOf(c: EvalCtx): string {
  const z = c.env.timeZone;
  return z === undefined ? c.zone : requireZone(z);
}

/** A date operand: epoch milliseconds or an ISO-8601 string (read in `zone` without an offset); else null. */
export function toTime(v: unknown, zone: string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v !== '') return parsedIn(zone, v);
  return null;
}

/**
 * Parsed timestamps per zone, keyed by the text itself (its hash is kept in the string), so a repeated
 * timestamp costs one lookup rather than building and hashing a zone + text key. Bounded like the cache
 * behind parseInZone; the mapping never changes.
 */
const byZone = new Map<string, Map<string, number | null>>();

function parsedIn(zone: string, text: string): number | null {
  if (text.length > 64) return parseInZone(text, zone); // never a date (and never kept)
  let cache = byZone.get(zone);
  if (cache === undefined) {
    if (byZone.size >= 64) byZone.clear();
    cache = new Map();
    byZone.set(zone, cache);
  }
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (cache.size >= 4096) cache.clear();
  const t = parseInZone(text, zone);
  cache.set(text, t);
  return t;
}

function since(unit: number): OpSpec {
  return eager((v, _d, c) => {
    const t = toTime(v[0], zoneOf(c));
    return t === null ? null : (nowOf(c.env) - t) / unit;
  }, 1, 1);
}

function until(unit: number): OpSpec {
  return eager((v, _d, c) => {
    const t = toTime(v[0], zoneOf(c));
    return t === null ? null : (t - nowOf(c.env)) / unit;
  }, 1, 1);
}

/**
 * The zone a wall-clock operator reads in: its optional second argument — an IANA name, or (as before) a
 * fixed offset in minutes east of UTC — else the evaluation's zone. Undefined means "not a valid zone".
 */
function wallZone(arg: unknown, c: EvalCtx): string | undefined {
  if (arg === undefined) return zoneOf(c);
  if (typeof arg !== 'number' && (typeof arg !== 'string' || arg.length > 64)) return undefined;
  if (typeof arg === 'string' && !/^[+-]?\d+(\.\d+)?$/.test(arg.trim())) return canonicalZone(arg) ?? undefined;
  const minutes = Number(arg);
  if (!Number.isInteger(minutes) || Math.abs(minutes) >= 24 * 60) return undefined;
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function wallClock(read: (hour: number, dayOfWeek: number) => number): OpSpec {
  return eager((v, _d, c) => {
    const zone = wallZone(v[1], c);
    const t = zone === undefined ? null : toTime(v[0], zone);
    if (t === null || zone === undefined) return null;
    const z = zoned(t, zone);
    return z === null ? null : read(z.hour, z.dayOfWeek % 7);
  }, 1, 2);
}

function dateAdd(v: unknown[], c: EvalCtx): number | null {
  const zone = zoneOf(c);
  const t = toTime(v[0], zone);
  const amount = typeof v[1] === 'number' ? v[1] : parseFloat(weighed(v[1], c) as string);
  const unit = String(v[2] ?? 'days');
  if (t === null || !Number.isFinite(amount)) return null;
  if (EXACT[unit] !== undefined) return t + amount * EXACT[unit];
  const days = CALENDAR[unit];
  if (days === undefined) return null;
  const whole = Math.trunc(amount * days);
  // Whole days follow the calendar in the zone; a fractional remainder is elapsed time.
  if (Math.abs(whole) > 1e6) return null;
  const z = zoned(t, zone);
  if (z === null) return null;
  try {
    return z.add({ days: whole }).epochMilliseconds + (amount * days - whole) * DAY;
  } catch {
    return null; // past the end of Temporal's range
  }
}

export const dateOps: Record<string, OpSpec> = {
  now: eager((_v, _d, c) => nowOf(c.env), 0, 0),
  timestamp: eager((v, _d, c) => toTime(v[0], zoneOf(c)), 1, 1),
  'days-since': since(DAY),
  'hours-since': since(HOUR),
  'days-until': until(DAY),
  'hours-until': until(HOUR),
  'date-add': eager((v, _d, c) => dateAdd(v, c), 2, 3),
  'hour-of-day': wallClock((hour) => hour),
  'day-of-week': wallClock((_hour, dow) => dow),
};
