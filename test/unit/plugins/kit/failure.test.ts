import { describe, expect, it } from 'vitest';
import { classOfStatus, failure, failureText, isFailure, retryAfterMs } from '../../../../plugins/kit/src/index.js';

const NOW = Date.UTC(2026, 11, 2, 6, 0, 0);

describe('kit failures', () => {
  it('failure() builds the PluginFailure the host classes, extra fields kept', () => {
    expect(failure('rate-limited', 'slow down', { retryAfterMs: 2000, details: { a: 1 } })).toEqual({ errorClass: 'rate-limited', message: 'slow down', retryAfterMs: 2000, details: { a: 1 } });
  });

  it.each<[string, unknown, boolean]>([
    ['a failure', { errorClass: 'auth', message: 'no' }, true],
    ['an Error', new Error('boom'), false],
    ['null', null, false],
    ['a string', 'auth', false],
    ['errorClass not a string', { errorClass: 1 }, false],
  ])('isFailure: %s', (_n, e, expected) => expect(isFailure(e)).toBe(expected));

  it.each<[string, unknown, string]>([
    ['failure', failure('auth', 'key refused'), 'auth: key refused'],
    ['error', new Error('boom'), 'Error: boom'],
    ['string', 'down', 'down'],
  ])('failureText: %s', (_n, e, expected) => expect(failureText(e)).toBe(expected));

  it.each<[string | undefined, number | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['0', 0],
    ['3', 3000],
    ['1.5', 1500],
    ['-4', 0],
    ['Wed, 02 Dec 2026 06:00:10 GMT', 10_000],
    ['Wed, 02 Dec 2026 05:59:00 GMT', 0],
    ['soon', undefined],
  ])('Retry-After %j → %j ms', (value, expected) => expect(retryAfterMs(value, NOW)).toBe(expected));

  it.each<[number, string | undefined]>([
    [200, undefined], [304, undefined], [400, 'validation'], [401, 'auth'], [403, 'auth'], [404, 'permanent'], [408, 'retryable'],
    [409, 'conflict'], [410, 'permanent'], [422, 'validation'], [429, 'rate-limited'], [500, 'retryable'], [503, 'retryable'],
  ])('HTTP %i → %s', (status, expected) => expect(classOfStatus(status)).toBe(expected));
});
