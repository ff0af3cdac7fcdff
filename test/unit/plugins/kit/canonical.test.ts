import { describe, expect, it } from 'vitest';
import { canonicalAddress, clip, compact, email, type RawAddress } from '../../../../plugins/kit/src/index.js';

describe('kit canonical mapping', () => {
  it.each<[string, RawAddress | null | undefined, Record<string, string> | undefined]>([
    ['nothing', null, undefined],
    ['only blanks', { name: '  ', city: '', country: null }, undefined],
    ['trimmed, upper-cased country', { name: ' Ann Lee ', line1: '1 Main St', city: 'Oslo', postcode: '0150', country: 'no', phone: '+47 1' },
      { name: 'Ann Lee', line1: '1 Main St', city: 'Oslo', postcode: '0150', country: 'NO', phone: '+47 1' }],
    ['a country that is not alpha-2 is dropped', { city: 'Bern', country: 'CHE' }, { city: 'Bern' }],
    ['a country with blanks is dropped (not trimmed)', { city: 'Bern', country: ' ch' }, { city: 'Bern' }],
    ['cut to the schema lengths', { name: 'n'.repeat(250), line1: 'l'.repeat(350), city: 'c'.repeat(130), region: 'r'.repeat(130), postcode: 'p'.repeat(40), phone: '9'.repeat(50), company: 'k'.repeat(201) },
      { name: 'n'.repeat(200), company: 'k'.repeat(200), line1: 'l'.repeat(300), city: 'c'.repeat(120), region: 'r'.repeat(120), postcode: 'p'.repeat(32), phone: '9'.repeat(40) }],
  ])('address: %s', (_n, raw, expected) => expect(canonicalAddress(raw)).toEqual(expected));

  it('address keys come in the canonical order', () => {
    expect(Object.keys(canonicalAddress({ phone: '1', country: 'DE', name: 'A', city: 'B' })!)).toEqual(['name', 'city', 'country', 'phone']);
  });

  it.each<[string | null | undefined, string | undefined]>([
    ['a@b.c', 'a@b.c'], ['no-at', undefined], ['a b@c.d', undefined], ['a@@b', undefined], [null, undefined], ['', undefined],
    [`${'x'.repeat(260)}@b.c`, `${'x'.repeat(254)}`],
  ])('email %j → %j', (v, expected) => expect(email(v)).toBe(expected));

  it('clip and compact', () => {
    expect(clip('  abc  ', 2)).toBe('ab');
    expect(clip('   ', 5)).toBeUndefined();
    expect(clip(null, 5)).toBeUndefined();
    expect(compact({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' });
  });
});
