/** What we send: `*` elements, `>` components, `~` + newline after each segment (readable and widely accepted). */
export const OUT = { element: '*', component: '>', segment: '~' } as const;

export interface Party {
  qualifier: string;
  id: string;
}

export interface EnvelopeHeader {
  sender: Party;
  receiver: Party;
  /** Application codes for GS02/GS03 (default: the ISA ids). */
  appSender?: string;
  appReceiver?: string;
  usage: 'P' | 'T';
  /** Local date and time of the sender: CCYYMMDD, HHMM. */
  date: string;
  time: string;
  isaControl: number;
  gsControl: number;
}

/** Removes our delimiters (and line breaks) from a value so a name can never split a segment. */
export function clean(value: string | number | undefined, max?: number): string {
  const v = String(value ?? '').replace(/[*>~\r\n^]/g, ' ').replace(/\s+/g, ' ').trim();
  return max ? v.slice(0, max).trim() : v;
}

/** One segment; trailing empty elements are dropped, as the standard requires. */
export function segment(id: string, ...elements: Array<string | number | undefined>): string {
  const values = elements.map((e) => (e === undefined ? '' : String(e)));
  while (values.length && values[values.length - 1] === '') values.pop();
  return [id, ...values].join(OUT.element) + OUT.segment;
}

const pad = (v: string, n: number) => v.padEnd(n, ' ').slice(0, n);
export const control9 = (n: number) => String(n).padStart(9, '0');

/**
 * One interchange with one functional group around `sets` (each the segments from ST to SE inclusive).
 * ISA is fixed width; GE/IEA counts are filled in here.
 */
export function interchange(h: EnvelopeHeader, functionalId: string, sets: string[][]): string {
  const isa = [
    'ISA', '00', pad('', 10), '00', pad('', 10), pad(h.sender.qualifier, 2), pad(h.sender.id, 15), pad(h.receiver.qualifier, 2),
    pad(h.receiver.id, 15), h.date.slice(2), h.time, 'U', '00401', control9(h.isaControl), '0', h.usage, OUT.component,
  ].join(OUT.element) + OUT.segment;
  const gs = segment('GS', functionalId, h.appSender ?? h.sender.id, h.appReceiver ?? h.receiver.id, h.date, h.time, h.gsControl, 'X', '004010');
  const lines = [isa, gs, ...sets.flat(), segment('GE', sets.length, h.gsControl), segment('IEA', 1, control9(h.isaControl))];
  return lines.join('\n') + '\n';
}

/** Wraps a transaction set body in ST … SE with the segment count (ST and SE included). */
export function transactionSet(type: string, control: number, body: string[]): string[] {
  const st = String(control).padStart(4, '0');
  return [segment('ST', type, st), ...body, segment('SE', body.length + 2, st)];
}
