import { describe, expect, it } from 'vitest';
import type { FlowCommand } from '../../../runtime/src/flow/index.js';
import { runHand, type HandCase } from './hand-case.js';
import { listJson, loadDef, readJson, validateFlow } from './replay-log.js';

/**
 * Golden cases written by a person from runtime/src/flow/README.md, not generated from the interpreter.
 * The README fixes the order of undo commands (newest first) but not the order of unrelated commands within
 * one step, so a step's commands are compared as a multiset plus the exact order of its undo commands.
 */
const files = listJson('golden-hand');
const cases = files.map((f) => [f, readJson<HandCase>('golden-hand', f)] as const);
const key = (c: FlowCommand) => JSON.stringify(c, Object.keys(c).sort());
const sorted = (cs: FlowCommand[]) => cs.map(key).sort();
const undos = (cs: FlowCommand[]) => cs.filter((c) => c.type === 'compensate' || c.type === 'release-stock').map((c) => c.id);

describe('hand-written golden cases', () => {
  it('there are at least 20, each saying it was written from the README', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const [, c] of cases) expect(c.note).toMatch(/by hand from .*README/);
  });

  it.each(cases)('%s: the definition is valid', (_, c) => {
    expect(validateFlow(loadDef(c.flow))).toEqual([]);
  });

  it.each(cases)('%s', (_, c) => {
    const got = runHand(c);
    expect(sorted(got.start), 'start').toEqual(sorted(c.start));
    c.steps.forEach((want, i) => {
      const step = got.steps[i];
      const where = `step ${i + 1} ${JSON.stringify(want.event)}`;
      expect(step.ignored, where).toBe(want.ignored);
      expect(sorted(step.commands), where).toEqual(sorted(want.commands));
      expect(undos(step.commands), `${where}: undo order`).toEqual(undos(want.commands));
    });
    expect(got.final).toEqual(c.final);
  });
});
