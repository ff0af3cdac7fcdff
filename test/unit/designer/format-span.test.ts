import { describe, expect, it } from 'vitest';
import { formatSpan } from '../../../designer/src/inbox/format-span';

describe('SLA countdown text', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [59_000, '59s'],
    [61_000, '1m 1s'],
    [3_600_000, '1h 0m 0s'],
    [86_400_000 + 2 * 3_600_000 + 3 * 60_000 + 4000, '1d 2h 3m'],
    [-(5 * 60_000 + 7000), '5m 7s'],
    [-(3 * 86_400_000), '3d 0h 0m'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});
