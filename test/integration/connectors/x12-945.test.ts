import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../../plugins/x12-3pl/src/x12/envelope.js';
import { folder, order1001, sample } from './x12-support.js';

const pull = (f: Awaited<ReturnType<typeof folder>>, cursor: string | null = null) => f.call('pull-shipping-advice', { cursor });

const shipment1001 = {
  orderNumber: 'SO-1001',
  location: 'wh-3pl',
  lines: [{ lineId: 'line-1', qty: 2 }, { lineId: 'line-2', qty: 1 }],
  carrier: 'UPS Ground',
  tracking: '1Z999AA10123456784',
  externalId: '945:ACME3PL:SHP-88001',
  shippedAt: '2026-12-02T09:05:00.000Z',
};

describe('x12-3pl pull-shipping-advice (945 in, 997 out)', () => {
  it('reads a 945 into a shipment, archives the file and acknowledges it with a 997', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('945-SO-1001.x12', await sample('945-SO-1001.x12'));
    const out = await pull(f);
    expect(out.items).toEqual([shipment1001]);
    expect(out.hasMore).toBe(false);
    expect(await f.list('inbound')).toEqual([]);
    expect(await f.list('archive')).toEqual(['945-SO-1001.x12']);
    expect(await f.list('outbound')).toEqual(['997-000000001-for-000004711.x12']);
    expect(await f.read('outbound/997-000000001-for-000004711.x12')).toBe(await sample('997-expected-accept.x12'));
  });

  it('two shipments in one group, CRLF lines; a W12 without N9*LI is matched by SKU to the 940 we sent; unshipped lines left out', async () => {
    const f = await folder('2026-12-03T15:00:00Z');
    await f.call('push-shipping-order', {
      order: { number: 'SO-1002', lines: [{ lineId: 'l-a', sku: 'MUG-01', qty: 3 }, { lineId: 'l-b', sku: 'TSHIRT-M', qty: 1 }] }, location: 'wh-3pl',
    });
    await f.drop('945-two-shipments.x12', await sample('945-two-shipments.x12'));
    const out = await pull(f);
    expect(out.items).toEqual([
      { orderNumber: 'SO-1002', location: 'wh-3pl', lines: [{ lineId: 'l-a', qty: 2 }], carrier: 'FDEG', tracking: '781234567890', externalId: '945:ACME3PL:SHP-88002', shippedAt: '2026-12-03T00:00:00.000Z' },
      { orderNumber: 'SO-1003', location: 'wh-3pl', lines: [{ lineId: 'line-1', qty: 4 }], externalId: '945:ACME3PL:SHP-88003', shippedAt: '2026-12-03T00:00:00.000Z' },
    ]);
    const ack = await f.read('outbound/997-000000002-for-000004712.x12');
    expect(ack).toContain('AK1*SW*4712~\nAK2*945*0001~\nAK5*A~\nAK2*945*0002~\nAK5*A~\nAK9*A*2*2*2~\nSE*8*0001~');
  });

  it('a repeated interchange (same ISA13 from the same sender) is ignored and archived apart', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('945-SO-1001.x12', await sample('945-SO-1001.x12'));
    const first = await pull(f);
    await f.drop('945-SO-1001-resent.x12', await sample('945-SO-1001.x12'));
    const second = await pull(f, first.cursor);
    expect(second.items).toEqual([]);
    expect(await f.list('archive/duplicates')).toEqual(['945-SO-1001-resent.x12']);
    expect(await f.list('outbound')).toEqual(['997-000000001-for-000004711.x12']);
    expect(f.h.logs.find((l) => l.level === 'warn')).toMatchObject({ message: 'repeated interchange ignored', fields: { control: '000004711' } });
  });

  it('the same control number from another sender is not a duplicate', async () => {
    const f = await folder('2026-12-02T10:00:00Z', { config: { receiverId: 'OTHER3PL' } });
    const text = (await sample('945-SO-1001.x12')).replace('ZZ*ACME3PL        ', 'ZZ*OTHER3PL       ');
    await f.drop('a.x12', text);
    expect((await pull(f)).items).toHaveLength(1);
    const g = await folder('2026-12-02T10:00:00Z', { state: f.h.state });
    await g.drop('b.x12', await sample('945-SO-1001.x12'));
    // Same state (OTHER3PL's 000004711 seen), default config: ACME3PL's 000004711 is new.
    expect((await pull(g, 'batch-1')).items).toEqual([shipment1001]);
  });

  it('a 997 from the 3PL (acknowledging our 940) is archived, no shipment, no 997 back', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('997-from-3pl.x12', await sample('997-from-3pl.x12'));
    expect((await pull(f)).items).toEqual([]);
    expect(await f.list('archive')).toEqual(['997-from-3pl.x12']);
    expect(await f.list('outbound')).toEqual([]);
  });

  it('shipments stay pending until the host comes back with their cursor (at-least-once)', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('945-SO-1001.x12', await sample('945-SO-1001.x12'));
    const first = await pull(f);
    const lost = await pull(f, null);
    expect(lost).toEqual({ items: [shipment1001], cursor: first.cursor, hasMore: true });
    const next = await pull(f, first.cursor);
    expect(next.items).toEqual([]);
    expect(next.cursor).not.toBe(first.cursor);
  });

  it('reads at most `limit` files per call and says there is more', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('a.x12', await sample('997-from-3pl.x12'));
    await f.drop('b.x12', await sample('945-SO-1001.x12'));
    const first = await f.call('pull-shipping-advice', { cursor: null, limit: 1 });
    expect(first).toMatchObject({ items: [], hasMore: true });
    const second = await f.call('pull-shipping-advice', { cursor: first.cursor, limit: 1 });
    expect(second).toMatchObject({ items: [shipment1001], hasMore: false });
  });

  it('the 940 we send passes our own envelope checks (counts and control numbers)', async () => {
    const f = await folder('2026-12-01T23:30:00Z');
    await f.call('push-shipping-order', { order: order1001, location: 'wh-3pl' });
    const ic = parseInterchange(await f.read('outbound/940-SO-1001-000000001.x12'));
    expect(ic).toMatchObject({ sender: 'OMSSTUDIO', receiver: 'ACME3PL', control: '000000001', usage: 'P' });
    expect(ic.groups.map((g) => [g.functionalId, g.control, g.sets.map((s) => [s.type, s.control, s.segments.length])])).toEqual([['OW', '1', [['940', '0001', 15]]]]);
  });

  it('945 dates are read in the configured time zone', async () => {
    const f = await folder('2026-12-02T10:00:00Z', { config: { timeZone: 'America/New_York' } });
    await f.drop('945-SO-1001.x12', await sample('945-SO-1001.x12'));
    expect((await pull(f)).items[0].shippedAt).toBe('2026-12-02T14:05:00.000Z');
  });

  it("honours the sender's delimiters from the ISA ('|' elements, newline as segment terminator)", async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    const text = (await sample('945-SO-1001.x12')).replace(/\*/g, '|').replace(/~\n/g, '\n');
    expect(text[105]).toBe('\n');
    await f.drop('945-pipes.x12', text);
    expect((await pull(f)).items).toEqual([shipment1001]);
    const bad = await folder('2026-12-02T10:00:00Z');
    await bad.drop('945-pipes.x12', text.replace('W12|CC|2|2|0', 'W12|CC|x|2|0'));
    await pull(bad);
    expect(await bad.read('quarantine/945-pipes.x12.error.txt')).toBe("945-pipes.x12: segment 12 (line 12) W12 element 02: quantity 'x' is not a number\n");
  });
});
