import { describe, expect, it } from 'vitest';
import { folder, order1001, sample } from './x12-support.js';

describe('x12-3pl push-shipping-order (940)', () => {
  it('writes the 940 of an order exactly as the hand-written sample', async () => {
    const f = await folder('2026-12-01T23:30:00Z');
    const out = await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' }, 'ship-1');
    expect(out).toEqual({ status: 'applied', externalId: '000000001', data: { file: 'outbound/940-SO-1001-000000001.x12' } });
    expect(await f.list('outbound')).toEqual(['940-SO-1001-000000001.x12']);
    expect(await f.read('outbound/940-SO-1001-000000001.x12')).toBe(await sample('940-SO-1001.x12'));
  });

  it('a retry with the same key is already-applied and writes nothing new', async () => {
    const f = await folder('2026-12-01T23:30:00Z');
    await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' }, 'ship-1');
    const again = await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' }, 'ship-1');
    expect(again).toEqual({ status: 'already-applied', externalId: '000000001', data: { file: 'outbound/940-SO-1001-000000001.x12' } });
    expect(await f.list('outbound')).toEqual(['940-SO-1001-000000001.x12']);
  });

  it('ISA13 and GS06 increase per interchange and survive a restart (state)', async () => {
    const f = await folder('2026-12-01T23:30:00Z');
    await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' }, 'a');
    await f.call('push-shipping-order', { order: { ...order1001, number: 'SO-1002' }, location: 'wh-3pl' }, 'b');
    const later = await folder('2026-12-02T08:00:00Z', { state: f.h.state });
    const out = await later.call('push-shipping-order', { order: { ...order1001, number: 'SO-1003' }, location: 'wh-3pl' }, 'c');
    expect(out.externalId).toBe('000000003');
    const text = await later.read('outbound/940-SO-1003-000000003.x12');
    const [isa, gs] = text.split('\n');
    expect(isa.split('*')[13]).toBe('000000003');
    expect(gs.split('*')[6]).toBe('3');
    expect(text).toContain('IEA*1*000000003~');
    expect(text).toContain('GE*1*3~');
  });

  it('ISA/GS dates are the sender time zone, not the host zone', async () => {
    const f = await folder('2026-12-01T23:30:00Z', { config: { timeZone: 'Asia/Shanghai' } });
    await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' }, 'tz');
    const text = await f.read('outbound/940-SO-1001-000000001.x12');
    expect(text.split('\n')[0].split('*').slice(9, 11)).toEqual(['261202', '0730']);
    expect(text).toContain('GS*OW*OMSSTUDIO*ACME3PL*20261202*0730*1*X*004010~');
  });

  it('an identifier too long for X12 is rejected, not truncated; delimiters in names are replaced', async () => {
    const f = await folder('2026-12-01T23:30:00Z');
    const out = await f.call('push-shipping-order', { order: { ...order1001, number: 'SO-THIS-NUMBER-IS-TOO-LONG' }, location: 'wh-3pl' });
    expect(out).toEqual({ status: 'rejected', code: 'x12.value-too-long', reason: "order number 'SO-THIS-NUMBER-IS-TOO-LONG' is longer than 22 characters (W05-02)" });
    expect(await f.list('outbound')).toEqual([]);
    await f.call('push-shipping-order', { order: { ...order1001, shipTo: { ...order1001.shipTo, name: 'Jane*Doe~Ltd' } }, location: 'wh-3pl' });
    const text = await f.read('outbound/940-SO-1001-000000001.x12');
    expect(text).toContain('N1*ST*Jane Doe Ltd~');
  });

  it('control numbers wrap to 1 after 999,999,999', async () => {
    const f = await folder('2026-12-01T23:30:00Z', { state: new Map([['control-numbers', { isa: 999_999_999, gs: 999_999_999 }]]) });
    const out = await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' });
    expect(out.externalId).toBe('000000001');
  });
});
