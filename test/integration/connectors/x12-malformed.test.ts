import { describe, expect, it } from 'vitest';
import { folder, sample } from './x12-support.js';

/** [what, edit of the hand-written 945 sample, the error the quarantine must carry] */
const cases: Array<[string, (t: string) => string, string]> = [
  ['W12 quantity not a number', (t) => t.replace('W12*CC*2*2*0', 'W12*CC*x*2*0'), "segment 12 (line 12) W12 element 02: quantity 'x' is not a number"],
  ['W12 units shipped a fraction', (t) => t.replace('W12*CC*2*2*0', 'W12*CC*2*2.5*0'), "segment 12 (line 12) W12 element 03: units shipped '2.5' is not a whole number"],
  ['W12 units shipped missing', (t) => t.replace('W12*CC*2*2*0', 'W12*CC*2**0'), 'segment 12 (line 12) W12 element 03: units shipped is missing'],
  ['W06 without order number', (t) => t.replace('W06*F*SO-1001*', 'W06*F**'), 'segment 4 (line 4) W06 element 02: depositor order number is missing'],
  ['W06 impossible date', (t) => t.replace('W06*F*SO-1001*20261202', 'W06*F*SO-1001*20261350'), "segment 4 (line 4) W06 element 03: shipment date '20261350' is not a date (CCYYMMDD)"],
  ['W03 total differs from the lines', (t) => t.replace('W03*3*', 'W03*4*'), 'segment 17 (line 17) W03 element 01: total units shipped 4 does not equal the sum of W12 units shipped 3'],
  ['SE segment count wrong', (t) => t.replace('SE*16*0001', 'SE*15*0001'), 'segment 18 (line 18) SE element 01: segment count 15 does not match the 16 segments of set 0001'],
  ['SE control number differs from ST', (t) => t.replace('SE*16*0001', 'SE*16*0002'), "segment 18 (line 18) SE element 02: control number '0002' does not match ST02 '0001'"],
  ['GE count wrong', (t) => t.replace('GE*1*4711', 'GE*2*4711'), 'segment 19 (line 19) GE element 01: number of transaction sets 2 does not match the 1 in group 4711'],
  ['IEA control number differs from ISA13', (t) => t.replace('IEA*1*000004711', 'IEA*1*000004799'), "segment 20 (line 20) IEA element 02: interchange control number '000004799' does not match ISA13 '000004711'"],
  ['truncated after SE', (t) => t.split('\n').slice(0, 18).join('\n') + '\n', 'segment 18 (line 18) SE: functional group 4711 has no GE (file truncated?)'],
  ['not an interchange', () => 'HELLO*WORLD~\n', "segment 1 (line 1) ISA: the file does not start with an ISA segment (found 'HEL')"],
  ['ISA13 not 9 digits', (t) => t.replace('*000004711*0*P', '*00004711A*0*P'), "segment 1 (line 1) ISA element 13: interchange control number '00004711A' is not 9 digits"],
  ['addressed to someone else', (t) => t.replace('ZZ*OMSSTUDIO      ', 'ZZ*OTHERCO        '), "segment 1 (line 1) ISA element 08: receiver 'OTHERCO' is not our interchange id 'OMSSTUDIO'"],
  ['a 940 where a 945 belongs', (t) => t.replace('ST*945*0001', 'ST*940*0001'), "segment 3 (line 3) ST element 01: transaction set 940 is not a 945"],
  ['W12 without line id, SKU not on our 940', (t) => t.replace('N9*LI*line-2~\n', '').replace('SE*16*0001', 'SE*15*0001'), "segment 15 (line 15) W12 element 08: no N9*LI line id, and SKU 'MUG-01' is not on our shipping order SO-1001"],
  ['no segment terminator at the end', (t) => t.replace(/IEA\*1\*000004711~\n$/, 'IEA*1*000004711'), 'segment 20 (line 20) IEA: the last segment has no segment terminator'],
];

describe('x12-3pl: a malformed file is quarantined with the segment and element named', () => {
  it.each(cases)('%s', async (_what, edit, error) => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('945-bad.x12', edit(await sample('945-SO-1001.x12')));
    const out = await f.call('pull-shipping-advice', { cursor: null });
    expect(out.items).toEqual([]);
    expect(await f.list('inbound')).toEqual([]);
    expect(await f.list('quarantine')).toEqual(['945-bad.x12', '945-bad.x12.error.txt']);
    expect(await f.read('quarantine/945-bad.x12.error.txt')).toBe(`945-bad.x12: ${error}\n`);
    expect(f.h.logs.find((l) => l.level === 'error')).toMatchObject({ message: 'X12 file quarantined', fields: { error: `945-bad.x12: ${error}` } });
  });

  it('an element error inside the 945 is acknowledged by a 997 naming the segment (AK3) and element (AK4)', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    await f.drop('945-bad.x12', cases[0][1](await sample('945-SO-1001.x12')));
    await f.call('pull-shipping-advice', { cursor: null });
    expect(await f.list('outbound')).toEqual(['997-000000001-for-000004711.x12']);
    expect(await f.read('outbound/997-000000001-for-000004711.x12')).toBe(await sample('997-expected-reject.x12'));
  });

  it('a bad file does not stop the good one next to it; the quarantined ISA13 is not marked seen', async () => {
    const f = await folder('2026-12-02T10:00:00Z');
    const good = await sample('945-SO-1001.x12');
    await f.drop('1-bad.x12', cases[0][1](good));
    await f.drop('2-good.x12', good.replace(/000004711/g, '000004712'));
    const out = await f.call('pull-shipping-advice', { cursor: null });
    expect(out.items.map((s: { orderNumber: string }) => s.orderNumber)).toEqual(['SO-1001']);
    expect(await f.list('archive')).toEqual(['2-good.x12']);
    await f.drop('3-fixed.x12', good);
    const again = await f.call('pull-shipping-advice', { cursor: out.cursor });
    expect(again.items).toHaveLength(1);
  });
});
