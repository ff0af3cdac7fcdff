import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuleEngine, createRoutingEngine, fixedClock, type RoutingResult } from '@oms/runtime';

const dir = path.resolve(import.meta.dirname, '../../fixtures/routing/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

type Reason = string | { code: string; params?: Record<string, unknown> };
interface Scenario {
  name: string;
  input: { order: any; locations: any[]; stock: any[]; definition: any; clock: string };
  expected: {
    status: string;
    shipments: unknown[];
    unfilled: unknown[];
    trace: {
      strategy?: string;
      excluded?: Record<string, Reason>;
      ranking?: string[];
      scores?: Record<string, number>;
      rulesFired?: string[];
      lineExcluded?: Record<string, Record<string, Reason>>;
      weights?: Record<string, number>;
      proposed?: unknown[];
    };
  };
}

const engine = createRoutingEngine({ rules: createRuleEngine() });

function checkReason(actual: { code: string; params?: Record<string, unknown> } | undefined, want: Reason) {
  expect(actual).toBeDefined();
  if (typeof want === 'string') expect(actual!.code).toBe(want);
  else expect({ code: actual!.code, params: actual!.params }).toEqual(want);
}

function checkTrace(r: RoutingResult, t: Scenario['expected']['trace']) {
  const tr = r.trace;
  if (t.strategy) expect(tr.strategy).toBe(t.strategy);
  if (t.excluded) {
    const excluded = tr.locations.filter((l) => l.excluded);
    expect(excluded.map((l) => l.location).sort()).toEqual(Object.keys(t.excluded).sort());
    for (const [loc, want] of Object.entries(t.excluded)) checkReason(excluded.find((l) => l.location === loc)?.excluded, want);
  }
  if (t.ranking) {
    const ranked = tr.locations.filter((l) => l.rank !== undefined).sort((a, b) => a.rank! - b.rank!);
    expect(ranked.map((l) => l.location)).toEqual(t.ranking);
  }
  for (const [loc, score] of Object.entries(t.scores ?? {})) {
    expect(tr.locations.find((l) => l.location === loc)?.score).toBeCloseTo(score, 6);
  }
  if (t.rulesFired) expect(tr.rulesFired.map((f) => (f.lineId ? `${f.rule}@${f.lineId}` : f.rule))).toEqual(t.rulesFired);
  for (const [lineId, byLoc] of Object.entries(t.lineExcluded ?? {})) {
    const lt = tr.lines.find((l) => l.lineId === lineId)!;
    expect(lt.excluded.map((e) => e.location).sort()).toEqual(Object.keys(byLoc).sort());
    for (const [loc, want] of Object.entries(byLoc)) checkReason(lt.excluded.find((e) => e.location === loc), want);
  }
  if (t.weights) expect(tr.weights).toEqual(t.weights);
  if (t.proposed) expect(tr.proposed).toEqual(t.proposed);
}

describe('routing golden scenarios', () => {
  it('has at least 30 scenarios', () => expect(files.length).toBeGreaterThanOrEqual(30));

  for (const file of files) {
    const s = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Scenario;
    it(`${file}: ${s.name}`, () => {
      const { clock, ...input } = s.input;
      const r = engine.route(input, fixedClock(clock));
      expect(r.status).toBe(s.expected.status);
      expect(r.shipments).toEqual(s.expected.shipments);
      expect(r.unfilled).toEqual(s.expected.unfilled);
      expect(r.trace.now).toBe(Date.parse(clock));
      checkTrace(r, s.expected.trace);
      // Every location is accounted for: either excluded with a reason or scored with its factors.
      for (const l of r.trace.locations) {
        if (!l.excluded) expect(l.factors?.map((f) => f.factor)).toEqual(['distance', 'cost', 'stock', 'priority', 'load']);
      }
      expect(r.trace.locations.map((l) => l.location)).toEqual(input.locations.map((l) => l.id));
    });
  }
});
