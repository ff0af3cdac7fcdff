import { Elements } from './elements.js';
import { tokenize, type Delimiters, type Segment } from './parse.js';
import { X12Error } from './x12-error.js';

export interface TransactionSet {
  type: string;
  control: string;
  /** ST … SE inclusive. */
  segments: Segment[];
}

export interface FunctionalGroup {
  functionalId: string;
  sender: string;
  receiver: string;
  control: string;
  version: string;
  sets: TransactionSet[];
}

export interface Interchange {
  delimiters: Delimiters;
  senderQualifier: string;
  sender: string;
  receiverQualifier: string;
  receiver: string;
  control: string;
  usage: string;
  groups: FunctionalGroup[];
}

/** The ISA header alone, so a later envelope error can still be acknowledged and deduped. */
export function readIsa(seg: Segment): Omit<Interchange, 'delimiters' | 'groups'> {
  const e = new Elements(seg);
  const control = e.req(13, 'interchange control number');
  if (!/^\d{9}$/.test(control)) e.fail(13, `interchange control number '${control}' is not 9 digits`);
  return {
    senderQualifier: e.req(5, 'sender qualifier'),
    sender: e.req(6, 'sender id'),
    receiverQualifier: e.req(7, 'receiver qualifier'),
    receiver: e.req(8, 'receiver id'),
    control,
    usage: e.oneOf(15, 'usage indicator', ['P', 'T']) as string,
  };
}

/**
 * Parses the envelope (ISA/GS/ST … SE/GE/IEA) and checks its counts and control numbers, so a truncated or
 * spliced file is refused as a whole before any of its content is applied.
 */
export function parseInterchange(text: string): Interchange {
  const { delimiters, segments } = tokenize(text);
  const isa = readIsa(segments[0]);
  const groups: FunctionalGroup[] = [];
  let group: FunctionalGroup | undefined;
  let set: TransactionSet | undefined;
  let ended = false;
  for (const seg of segments.slice(1)) {
    const e = new Elements(seg, set ? set.segments.length + 1 : undefined);
    if (ended) throw new X12Error('segment after IEA', pos(seg));
    if (set && seg.id !== 'SE') {
      if (['ST', 'GS', 'GE', 'IEA', 'ISA'].includes(seg.id)) throw new X12Error(`${seg.id} inside transaction set ${set.control} (no SE)`, pos(seg));
      set.segments.push(seg);
      continue;
    }
    switch (seg.id) {
      case 'GS': {
        if (group) throw new X12Error(`GS inside group ${group.control} (no GE)`, pos(seg));
        group = { functionalId: e.req(1, 'functional identifier'), sender: e.req(2, 'application sender'), receiver: e.req(3, 'application receiver'),
          control: e.req(6, 'group control number'), version: e.req(8, 'version'), sets: [] };
        e.date(4, 'group date');
        break;
      }
      case 'ST': {
        if (!group) throw new X12Error('ST outside a functional group (no GS)', pos(seg));
        set = { type: e.req(1, 'transaction set identifier'), control: e.req(2, 'transaction set control number'), segments: [seg] };
        break;
      }
      case 'SE': {
        if (!set || !group) throw new X12Error('SE without ST', pos(seg));
        set.segments.push(seg);
        const se = new Elements(seg, set.segments.length);
        const count = se.int(1, 'segment count') as number;
        if (count !== set.segments.length) se.fail(1, `segment count ${count} does not match the ${set.segments.length} segments of set ${set.control}`);
        if (se.req(2, 'control number') !== set.control) se.fail(2, `control number '${se.opt(2)}' does not match ST02 '${set.control}'`);
        group.sets.push(set);
        set = undefined;
        break;
      }
      case 'GE': {
        if (!group) throw new X12Error('GE without GS', pos(seg));
        const n = e.int(1, 'number of transaction sets') as number;
        if (n !== group.sets.length) e.fail(1, `number of transaction sets ${n} does not match the ${group.sets.length} in group ${group.control}`);
        if (e.req(2, 'group control number') !== group.control) e.fail(2, `group control number '${e.opt(2)}' does not match GS06 '${group.control}'`);
        groups.push(group);
        group = undefined;
        break;
      }
      case 'IEA': {
        if (group) throw new X12Error(`IEA inside group ${group.control} (no GE)`, pos(seg));
        const n = e.int(1, 'number of functional groups') as number;
        if (n !== groups.length) e.fail(1, `number of functional groups ${n} does not match the ${groups.length} in the interchange`);
        if (e.req(2, 'interchange control number') !== isa.control) e.fail(2, `interchange control number '${e.opt(2)}' does not match ISA13 '${isa.control}'`);
        ended = true;
        break;
      }
      default:
        throw new X12Error(`unexpected segment ${seg.id} outside a transaction set`, pos(seg));
    }
  }
  const last = segments[segments.length - 1];
  if (set) throw new X12Error(`transaction set ${set.control} has no SE (file truncated?)`, pos(last));
  if (group) throw new X12Error(`functional group ${group.control} has no GE (file truncated?)`, pos(last));
  if (!ended) throw new X12Error('the interchange has no IEA (file truncated?)', pos(last));
  return { delimiters, ...isa, groups };
}

function pos(seg: Segment) {
  return { segment: seg.index, line: seg.line, id: seg.id };
}
