import type { FunctionalGroup } from './x12/envelope.js';
import { clean, segment, transactionSet } from './x12/write.js';
import type { X12Error } from './x12/x12-error.js';

/**
 * One 997 Functional Acknowledgment for a received group: AK1 (group id, GS06), per set AK2 + AK5 (A accepted,
 * R rejected). The set that failed gets AK3 (segment id, position in the set, error code) and AK4 (element
 * position, syntax error code, copy of the bad value). `rejected` holds the sets not applied (a quarantined file
 * applies none of its sets), `error` says which one was wrong and where.
 */
export function build997(
  group: Pick<FunctionalGroup, 'functionalId' | 'control' | 'sets'>,
  stControl: number,
  verdict: { rejected: string[]; error?: { control: string; error: X12Error } } = { rejected: [] },
): string[] {
  const body = [segment('AK1', group.functionalId, group.control)];
  for (const set of group.sets) {
    body.push(segment('AK2', set.type, set.control));
    if (!verdict.rejected.includes(set.control)) {
      body.push(segment('AK5', 'A'));
      continue;
    }
    const at = verdict.error?.control === set.control ? verdict.error.error.at : undefined;
    // AK3-04: 8 = segment has data element errors, 3 = mandatory segment missing.
    if (at?.inSet) body.push(segment('AK3', at.id, at.inSet, '', at.element ? '8' : '3'));
    if (at?.inSet && at.element) body.push(segment('AK4', at.element, '', verdict.error?.error.code, clean(at.value, 99) || undefined));
    body.push(segment('AK5', 'R', '5'));
  }
  const accepted = group.sets.length - group.sets.filter((s) => verdict.rejected.includes(s.control)).length;
  const status = accepted === group.sets.length ? 'A' : accepted === 0 ? 'R' : 'P';
  body.push(segment('AK9', status, group.sets.length, group.sets.length, accepted));
  return transactionSet('997', stControl, body);
}
