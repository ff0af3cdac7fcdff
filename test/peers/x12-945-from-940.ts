/**
 * What a 3PL sends back when it ships a 940 complete: a 945 built from the 940's own data (order number, the
 * W01 quantities and SKUs with their N9*LI line ids), with our tracking number and a new interchange number.
 * Test equipment standing in for the 3PL's side of the folder exchange (the plugin under test parses it).
 */
export interface ShipAdvice {
  tracking: string;
  shipmentId: string;
  /** ISA13 of the 3PL's interchange (unique per file). */
  control: number;
  /** CCYYMMDD and HHMM of the shipment. */
  date: string;
  time: string;
  carrier?: string;
}

const pad = (s: string, n: number) => s.padEnd(n, ' ').slice(0, n);

export function build945(edi940: string, a: ShipAdvice): { orderNumber: string; lines: Array<{ lineId: string; sku: string; qty: number }>; text: string } {
  const segs = edi940.split('~').map((s) => s.trim()).filter(Boolean).map((s) => s.split('*'));
  const isa = segs.find((s) => s[0] === 'ISA');
  const w05 = segs.find((s) => s[0] === 'W05');
  if (!isa || !w05) throw new Error('not a 940: no ISA or W05 segment');
  const lines: Array<{ lineId: string; sku: string; qty: number }> = [];
  segs.forEach((s, i) => {
    if (s[0] !== 'W01') return;
    const n9 = segs[i + 1];
    lines.push({ qty: Number(s[1]), sku: s[5], lineId: n9?.[0] === 'N9' && n9[1] === 'LI' ? n9[2] : '' });
  });
  // The 3PL answers from its id to ours: the 940's receiver (ISA08) is the 945's sender (ISA06).
  const [us, them] = [isa[6].trim(), isa[8].trim()];
  const ctl = String(a.control).padStart(9, '0');
  const body = [
    ['ST', '945', '0001'],
    ['W06', 'F', w05[2], a.date, a.shipmentId],
    ['N9', 'CN', a.tracking],
    ['G62', '11', a.date, '8', a.time],
    ['W27', 'M', 'UPSN', a.carrier ?? 'UPS Ground'],
    ...lines.flatMap((l, i) => [['LX', String(i + 1)], ['W12', 'CC', String(l.qty), String(l.qty), '0', 'EA', '', 'SK', l.sku], ['N9', 'LI', l.lineId]]),
    ['W03', String(lines.reduce((n, l) => n + l.qty, 0))],
  ];
  const st = [...body, ['SE', String(body.length + 1), '0001']];
  const seg = [
    ['ISA', '00', pad('', 10), '00', pad('', 10), 'ZZ', pad(them, 15), 'ZZ', pad(us, 15), a.date.slice(2), a.time, 'U', '00401', ctl, '0', 'P', '>'],
    ['GS', 'SW', them, us, a.date, a.time, String(a.control), 'X', '004010'],
    ...st,
    ['GE', '1', String(a.control)],
    ['IEA', '1', ctl],
  ];
  return { orderNumber: w05[2], lines, text: seg.map((s) => `${s.join('*')}~`).join('\n') + '\n' };
}
