import { describe, expect, it } from 'vitest';
import { advanceCursor, EPOCH, isFailure, openWindow, overlapMsOf, pullLimit, readCursor, windowStart, type WindowCursor } from '../../../../plugins/kit/src/index.js';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

describe('kit pull cursor window', () => {
  it('a first pull starts at the given start, with nothing seen', () => {
    expect(readCursor(null, EPOCH)).toEqual({ t: EPOCH, seen: [] });
    expect(readCursor('', '2026-01-01T00:00:00Z')).toEqual({ t: '2026-01-01T00:00:00Z', seen: [] });
  });

  it('a stored cursor round-trips', () => {
    const c: WindowCursor = { t: at(10), seen: [['a', at(8)], ['b', at(10)]] };
    expect(readCursor(JSON.stringify(c), EPOCH)).toEqual(c);
  });

  it.each(['not json', '{"t":"yesterday","seen":[]}', '{"t":"2026-01-01T00:00:00Z"}', '[]'])('refuses %j as validation', (raw) => {
    let thrown: unknown;
    try {
      readCursor(raw, EPOCH);
    } catch (e) {
      thrown = e;
    }
    expect(isFailure(thrown) && thrown.errorClass).toBe('validation');
    expect((thrown as Error).message).toBe(`not a cursor of this plugin: ${raw.slice(0, 80)}`);
  });

  it.each<[number | undefined, number]>([[undefined, 50], [0, 1], [-3, 1], [7, 7], [250, 250], [1000, 250]])('limit %j → %i', (limit, expected) => expect(pullLimit(limit)).toBe(expected));

  it('overlap and window start', () => {
    expect(overlapMsOf(undefined)).toBe(5000);
    expect(overlapMsOf(0)).toBe(0);
    expect(windowStart({ t: at(10), seen: [] }, overlapMsOf(5))).toBe(at(5));
  });

  it('openWindow: limit, cursor (startAt, else the given start), overlap and read start in one', () => {
    expect(openWindow({ cursor: null }, {})).toEqual({ limit: 50, cursor: { t: EPOCH, seen: [] }, overlapMs: 5000, from: '1969-12-31T23:59:55.000Z' });
    expect(openWindow({ cursor: null, limit: 900 }, { overlapSeconds: 2 }, '2026-01-01T00:00:00Z')).toEqual({ limit: 250, cursor: { t: '2026-01-01T00:00:00Z', seen: [] }, overlapMs: 2000, from: '2025-12-31T23:59:58.000Z' });
    const c: WindowCursor = { t: at(10), seen: [['a', at(9)]] };
    expect(openWindow({ cursor: JSON.stringify(c), limit: 3 }, { startAt: at(0), overlapSeconds: 5 })).toEqual({ limit: 3, cursor: c, overlapMs: 5000, from: at(5) });
  });

  it('advancing keeps only the pairs inside the new window and moves t to the page end', () => {
    const c: WindowCursor = { t: at(10), seen: [['a', at(4)], ['b', at(9)]] };
    expect(advanceCursor(c, [['c', at(12)], ['d', at(16)]], 5000)).toEqual({ t: at(16), seen: [['c', at(12)], ['d', at(16)]] });
    expect(advanceCursor(c, [['c', at(13)]], 5000)).toEqual({ t: at(13), seen: [['b', at(9)], ['c', at(13)]] });
  });

  it('an empty page keeps t and drops what left the window', () => {
    const c: WindowCursor = { t: at(10), seen: [['a', at(4)], ['b', at(5)], ['c', at(10)]] };
    expect(advanceCursor(c, [], 5000)).toEqual({ t: at(10), seen: [['b', at(5)], ['c', at(10)]] });
  });

  it('pull after pull: nothing missed, nothing repeated (late commit behind t, equal timestamps)', () => {
    // The remote's rows (id, timestamp); a read returns those with timestamp >= from, sorted, minus what was seen.
    const remote: Array<[string, string]> = [['1', at(1)], ['2', at(2)], ['3', at(2)]];
    const pull = (raw: string | null, limit: number) => {
      const cursor = readCursor(raw, EPOCH);
      const from = Date.parse(windowStart(cursor, 5000));
      const seen = new Set(cursor.seen.map(([id]) => id));
      const page = remote
        .filter(([id, t]) => Date.parse(t) >= from && !seen.has(id))
        .sort((x, y) => x[1].localeCompare(y[1]))
        .slice(0, limit);
      return { ids: page.map(([id]) => id), raw: JSON.stringify(advanceCursor(cursor, page, 5000)) };
    };
    const got: string[] = [];
    let r = pull(null, 2);
    got.push(...r.ids);
    remote.push(['4', at(1)]); // committed late, behind t
    r = pull(r.raw, 2);
    got.push(...r.ids);
    r = pull(r.raw, 2);
    got.push(...r.ids);
    expect(got.sort()).toEqual(['1', '2', '3', '4']);
  });
});
