import { parseInZone } from './time-zone.js';

/**
 * Ports: the runtime does no I/O. Time and ids come in through these small interfaces so that
 * the same inputs always give the same outputs (replay, golden tests, browser previews).
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, UTC. */
  now(): number;
  /**
   * IANA time zone (e.g. `Asia/Shanghai`) that date rules use to read timestamps without an offset and to
   * answer hour-of-day / day-of-week. Absent: the engine's configured zone (default UTC). The host passes the
   * tenant's zone; nothing in the runtime reads the host's zone.
   */
  timeZone?: string;
}

function instantOf(text: string, zone: string): number {
  const t = parseInZone(text, zone);
  if (t === null) throw new RangeError(`fixedClock: "${text}" is not an ISO-8601 date-time`);
  return t;
}

export interface IdGenerator {
  next(prefix?: string): string;
}

/**
 * A clock that only moves when told to: for tests, replays and previews. A string start is an ISO-8601
 * instant; without an offset it is read in `timeZone` (default UTC), never in the host's zone.
 */
export function fixedClock(start: number | string, timeZone?: string): Clock & { set(t: number | string): void; advance(ms: number): void } {
  const read = (v: number | string): number => (typeof v === 'string' ? instantOf(v, timeZone ?? 'UTC') : v);
  let t = read(start);
  return {
    now: () => t,
    ...(timeZone === undefined ? {} : { timeZone }),
    set: (v) => {
      t = read(v);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** Deterministic ids (`prefix-1`, `prefix-2`, ...): ids derived from state keep replays identical. */
export function sequentialIds(): IdGenerator {
  const counters = new Map<string, number>();
  return {
    next(prefix = 'id') {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}
