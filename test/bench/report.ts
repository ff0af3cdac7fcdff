import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One benchmark's result, written to test/bench/results/<name>.json so numbers can be tracked. */
export interface BenchResult {
  name: string;
  /** Our figure (e.g. ops/s or p99 ms). */
  ours: number;
  /** The baseline's figure in the same unit, or null where there is no baseline (absolute targets). */
  baseline: number | null;
  /** ours / baseline for throughput, baseline-free targets put the measured figure here. */
  ratio: number | null;
  /** Human-readable target, e.g. ">= 10x json-logic-js". */
  target: string;
  pass: boolean;
  unit: string;
  /** Anything else worth tracking (p50, bytes of state, sample counts...). */
  details?: Record<string, unknown>;
}

const resultsDir = path.resolve(import.meta.dirname, 'results');

export async function writeResult(result: BenchResult): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, `${result.name}.json`), JSON.stringify(result, null, 2) + '\n');
}

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => ({
    name: r.name,
    ours: `${fmt(r.ours)} ${r.unit}`,
    baseline: r.baseline === null ? '-' : `${fmt(r.baseline)} ${r.unit}`,
    ratio: r.ratio === null ? '-' : fmt(r.ratio),
    target: r.target,
    pass: r.pass ? 'PASS' : 'FAIL',
  }));
  console.table(rows);
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : n.toPrecision(3);
}
