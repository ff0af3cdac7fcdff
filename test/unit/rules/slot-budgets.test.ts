import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SLOT_WORK_BUDGET } from '../../../runtime/src/index.js';
import { SLOT_CASES } from './slot-worst-cases.js';

/**
 * Slots a host evaluates many times per operation share one meter, so the multiplicity (locations × lines,
 * rules, rows) cannot multiply the per-evaluation budget. Structural check, no timing: every evaluation of
 * the operation drew on the same meter, and the work charged stays within the slot budget (plus the size
 * of the one evaluation that found it empty). test/bench/routing-bench.ts times the same cases.
 */
describe('rule slots: worst-case data stays within one work budget per operation', () => {
  it.each(SLOT_CASES)('%s', (_name, prepare) => {
    const r = prepare()();
    expect(r.evaluations).toBeGreaterThan(1);
    expect(r.meters).toBe(1);
    expect(r.charged).toBeLessThanOrEqual(SLOT_WORK_BUDGET + DEFAULT_LIMITS.maxNodes + 1);
    expect(['finished', 'finished:hold', 'rule.iteration-budget']).toContain(r.outcome);
  });
});
