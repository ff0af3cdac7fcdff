import { failure } from './failure.js';

/**
 * A pull cursor with an overlap window: `t` is the latest timestamp returned and `seen` the (id, timestamp) pairs
 * returned inside the window before it. Each pull re-reads from t − overlap (a late commit can land behind t;
 * equal timestamps are common) and drops what it already returned, so nothing is missed and nothing repeats.
 */
export interface WindowCursor {
  t: string;
  seen: Array<[id: string, at: string]>;
}

export const EPOCH = '1970-01-01T00:00:00.000Z';

/** The stored cursor, or a fresh one at `start` for the first pull; anything else is refused as `validation`. */
export function readCursor(raw: string | null, start: string): WindowCursor {
  if (!raw) return { t: start, seen: [] };
  try {
    const c = JSON.parse(raw) as WindowCursor;
    if (typeof c.t === 'string' && Number.isFinite(Date.parse(c.t)) && Array.isArray(c.seen)) return c;
  } catch {
    // not JSON: refused below
  }
  throw failure('validation', `not a cursor of this plugin: ${raw.slice(0, 80)}`);
}

/** The page size of one pull: the caller's `limit` (default 50) kept within 1..250. */
export const pullLimit = (limit: number | undefined): number => Math.min(Math.max(limit ?? 50, 1), 250);

/** The overlap in ms from the config's `overlapSeconds` (default 5). */
export const overlapMsOf = (overlapSeconds: number | undefined): number => (overlapSeconds ?? 5) * 1000;

/** Where the next read starts: t − overlap, as an ISO instant. */
export const windowStart = (cursor: WindowCursor, overlapMs: number): string => new Date(Date.parse(cursor.t) - overlapMs).toISOString();

export interface PullWindow {
  limit: number;
  cursor: WindowCursor;
  overlapMs: number;
  /** t − overlap, as an ISO instant: where this pull reads from. */
  from: string;
}

/**
 * One pull's window from the capability input (`cursor`, `limit`) and the usual config keys (`startAt`,
 * `overlapSeconds`): the page size, the stored cursor (or a fresh one at startAt, else `start`), the overlap, and
 * where to read from.
 */
export function openWindow(input: { cursor: string | null; limit?: number }, config: { startAt?: string; overlapSeconds?: number }, start = EPOCH): PullWindow {
  const cursor = readCursor(input.cursor, config.startAt ?? start);
  const overlapMs = overlapMsOf(config.overlapSeconds);
  return { limit: pullLimit(input.limit), cursor, overlapMs, from: windowStart(cursor, overlapMs) };
}

/**
 * The cursor after a page (its (id, timestamp) pairs in the remote's order): t moves to the page's last
 * timestamp, and only the pairs inside the new window are kept.
 */
export function advanceCursor(cursor: WindowCursor, page: Array<[id: string, at: string]>, overlapMs: number): WindowCursor {
  const t = page.length ? page[page.length - 1][1] : cursor.t;
  const from = Date.parse(t) - overlapMs;
  return { t, seen: [...cursor.seen, ...page].filter(([, at]) => Date.parse(at) >= from) };
}
