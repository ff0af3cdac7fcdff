import { createRoutingEngine, createRuleEngine, fixedClock, type CanonicalOrder, type Location, type RoutingDefinition, type StockLevel } from '@oms/runtime';
import os from 'node:os';
import type { BenchResult } from './report.js';
import { SLOT_CASES } from '../unit/rules/slot-worst-cases.js';

/**
 * Wall time of each rule slot's worst case (routing where per location × line, review when × rules, form
 * visibleIf × rows; inputs ≤ 1 MB built beforehand), median of 3 fresh runs. Target: finishes or aborts ≤ 100 ms.
 */
function slotRows(): BenchResult[] {
  return SLOT_CASES.map(([name, prepare]) => {
    const times: number[] = [];
    // Process CPU time too (all threads, µs-precise on Linux): under load, wall time also holds the time the
    // kernel gave other processes while the operation waited.
    const cpus: number[] = [];
    let last = { outcome: '', evaluations: 0, charged: 0 };
    for (let k = 0; k < 3; k++) {
      const op = prepare();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      last = op();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpus.push((c.user + c.system) / 1000);
    }
    const ms = [...times].sort((a, b) => a - b)[1];
    const cpuMs = [...cpus].sort((a, b) => a - b)[1];
    return {
      name: `slot-worst-case-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase()}`,
      // full description in details
      ours: ms,
      baseline: null,
      ratio: null,
      target: '<= 100 ms',
      pass: ms <= 100,
      unit: 'ms',
      details: { slot: name, outcome: last.outcome, evaluations: last.evaluations, unitsCharged: last.charged, runs: times, cpuMs, cpuRuns: cpus, loadAverage1m: os.loadavg()[0] },
    };
  });
}

/** Deterministic pseudo-random numbers (mulberry32) so every run routes the same orders. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['warehouse', 'store', 'dropship'];
const TAGS = ['cold-chain', 'flagship', 'hazmat-ok', 'bulky', 'audit', 'express'];
const REGIONS = ['east', 'west', 'north', 'south'];

export function benchWorld(rand = rng(42)) {
  const locations: Location[] = Array.from({ length: 50 }, (_, i) => ({
    id: `loc-${String(i).padStart(2, '0')}`,
    type: TYPES[i % 3],
    tags: TAGS.filter(() => rand() < 0.25),
    lat: 22 + rand() * 18,
    lon: 100 + rand() * 22,
    priority: Math.floor(rand() * 10),
    region: REGIONS[i % 4],
    capacity: i % 3 === 1 ? { maxOpenOrders: 40, openOrders: Math.floor(rand() * 45) } : undefined,
    active: rand() > 0.05,
  }));
  const skus = Array.from({ length: 40 }, (_, i) => `SKU-${i}`);
  const stock: StockLevel[] = [];
  for (const l of locations) for (const sku of skus) if (rand() < 0.6) stock.push({ location: l.id, sku, onHand: Math.floor(rand() * 30), reserved: Math.floor(rand() * 5) });
  const orders: CanonicalOrder[] = Array.from({ length: 4_000 }, (_, i) => ({
    id: `o-${i}`,
    channel: rand() < 0.2 ? 'b2b' : 'web',
    customer: { id: `c-${i}`, tags: rand() < 0.1 ? ['vip'] : [] },
    shipTo: { country: rand() < 0.1 ? 'HK' : 'CN', region: REGIONS[i % 4], lat: 22 + rand() * 18, lon: 100 + rand() * 22 },
    lines: Array.from({ length: 5 }, (_, j) => ({
      id: `L${j + 1}`,
      sku: skus[Math.floor(rand() * skus.length)],
      qty: 1 + Math.floor(rand() * 4),
      tags: rand() < 0.15 ? ['cold-chain'] : [],
      attributes: { hazmat: rand() < 0.05 },
    })),
    totals: { total: Math.round(rand() * 2000) },
  }));
  return { locations, stock, orders };
}

/** 20 rules of every effect and scope, typical of a real tenant. */
export function benchDefinition(): RoutingDefinition {
  const rules: RoutingDefinition['rules'] = [
    { id: 'cold-chain', scope: 'line', when: { in: ['cold-chain', { var: 'line.tags' }] }, restrict: { tags: ['cold-chain'] } },
    { id: 'hazmat', scope: 'line', when: { '==': [{ var: 'line.attributes.hazmat' }, true] }, exclude: { types: ['dropship'] } },
    { id: 'bulky-qty', scope: 'line', when: { '>=': [{ var: 'line.qty' }, 4] }, exclude: { types: ['store'], where: { '<': [{ var: 'location.priority' }, 3] } } },
    { id: 'sfs-3km', exclude: { types: ['store'], where: { '>': [{ var: 'distanceKm' }, 3] } } },
    { id: 'hk-only', when: { '==': [{ var: 'order.shipTo.country' }, 'HK'] }, restrict: { types: ['warehouse'], where: { '!=': [{ var: 'location.region' }, 'north'] } } },
    { id: 'vip', when: { in: ['vip', { var: 'order.customer.tags' }] }, prefer: { tags: ['flagship'], boost: 0.3 } },
    { id: 'b2b', when: { '==': [{ var: 'order.channel' }, 'b2b'] }, weights: { priority: 0.4, distance: 0.2 } },
    { id: 'big-order', when: { '>': [{ var: 'order.totals.total' }, 1500] }, prefer: { tags: ['express'], boost: 0.1 } },
    { id: 'no-audit', exclude: { tags: ['audit'], where: { '<': [{ var: 'location.priority' }, 5] } } },
  ];
  for (let i = 0; i < 11; i++) {
    rules.push(
      i % 2
        ? { id: `region-${i}`, when: { '==': [{ var: 'order.shipTo.region' }, REGIONS[i % 4]] }, prefer: { where: { '==': [{ var: 'location.region' }, REGIONS[i % 4]] }, boost: 0.05 } }
        : { id: `far-${i}`, when: { '>': [{ var: 'order.totals.total' }, i * 100] }, exclude: { where: { '>': [{ var: 'distanceKm' }, 2000 + i * 100] } } },
    );
  }
  return {
    kind: 'routing',
    key: 'bench',
    title: { en: 'Bench' },
    candidates: { excludeTags: ['closed'] },
    rules,
    scoring: {
      cost: { table: [{ locationType: 'dropship', cost: 12 }, { toRegion: 'east', locationRegion: 'east', cost: 4 }, { toCountry: 'CN', cost: 8 }], default: 15, max: 20 },
    },
    split: { shipComplete: true, maxShipments: 3, perLineFallback: true },
    safetyStock: { default: 1, overrides: [{ sku: 'SKU-1', qty: 3 }, { location: 'loc-07', qty: 2 }] },
    unfillable: 'backorder',
  };
}

const pct = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * 4,000 different orders, each decided in 5 passes (20,000 decisions). The headline p50/p99 are raw
 * wall-clock percentiles over all 20,000 decisions (GC pauses included), as the target states. On a shared
 * machine other processes' time lands in some samples too, so each decision's fastest of its 5 samples
 * (the engine's own cost) is reported alongside as `ownP50`/`ownP99`, with the process CPU time per decision
 * (`cpuP99`) and the p99 of the decisions the kernel did not preempt (`unpreemptedP99`, `preemptedShare`).
 */
export async function run(): Promise<BenchResult[]> {
  const engine = createRoutingEngine({ rules: createRuleEngine() });
  const { locations, stock, orders } = benchWorld();
  const definition = benchDefinition();
  const clock = fixedClock('2026-03-01T08:00:00Z');
  const passes = 5;
  const n = orders.length;
  const statuses: Record<string, number> = {};
  const route = (i: number) => engine.route({ order: orders[i], locations, stock, definition }, clock);
  for (let i = 0; i < 2_000; i++) route(i % n);
  const raw = new Float64Array(n * passes);
  const best = new Float64Array(n).fill(Infinity);
  // Load or real cost? Per decision also the process's CPU time (all its threads, GC included; µs-precise on
  // Linux) and whether the kernel preempted it meanwhile (involuntary context switches, read outside the timed
  // window). A decision that was never preempted measured its own wall time.
  const cpu = new Float64Array(n * passes);
  const clean: number[] = [];
  const load = os.loadavg()[0];
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < n; i++) {
      const u0 = process.resourceUsage();
      const t0 = performance.now();
      const r = route(i);
      const dt = performance.now() - t0;
      const u1 = process.resourceUsage();
      raw[pass * n + i] = dt;
      cpu[pass * n + i] = (u1.userCPUTime + u1.systemCPUTime - u0.userCPUTime - u0.systemCPUTime) / 1000;
      if (u1.involuntaryContextSwitches === u0.involuntaryContextSwitches) clean.push(dt);
      if (dt < best[i]) best[i] = dt;
      if (pass === 0) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  }
  const mean = (performance.now() - started) / raw.length;
  raw.sort();
  best.sort();
  cpu.sort();
  const unpreempted = Float64Array.from(clean).sort();
  const p99 = pct(raw, 99);
  return [
    ...slotRows(),
    {
      name: 'routing-decision',
      ours: p99,
      baseline: null,
      ratio: null,
      target: 'p99 < 1 ms',
      pass: p99 < 1,
      unit: 'ms',
      details: {
        measure: 'raw wall-clock per decision over 20,000 decisions (4,000 orders x 5 passes)',
        p50: pct(raw, 50),
        p95: pct(raw, 95),
        p99,
        max: raw[raw.length - 1],
        mean,
        ownP50: pct(best, 50),
        ownP99: pct(best, 99),
        cpuP50: pct(cpu, 50),
        cpuP99: pct(cpu, 99),
        unpreemptedP99: pct(unpreempted, 99),
        unpreemptedDecisions: unpreempted.length,
        preemptedShare: 1 - unpreempted.length / raw.length,
        loadAverage1m: load,
        cpus: os.cpus().length,
        decisions: raw.length,
        orders: n,
        locations: locations.length,
        linesPerOrder: 5,
        rules: definition.rules!.length,
        stockRows: stock.length,
        statuses,
      },
    },
  ];
}
