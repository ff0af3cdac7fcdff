import { printTable, writeResult, type BenchResult } from './report.js';

/**
 * `npm run bench [name...]`: runs the benchmarks (not part of npm test), prints a table and writes
 * test/bench/results/<name>.json. Each bench module exports `run(): Promise<BenchResult[]>`.
 */
const benches: Record<string, () => Promise<{ run(): Promise<BenchResult[]> }>> = {
  rules: () => import('./rules-bench.js'),
  flows: () => import('./flows-bench.js'),
  routing: () => import('./routing-bench.js'),
  workers: () => import('./workers-bench.js'),
  intake: () => import('./intake-bench.js'),
  search: () => import('./search-bench.js'),
  stock: () => import('./stock-bench.js'),
  'plugin-containment': () => import('./plugin-containment-bench.js'),
  'designer-bundle': () => import('./designer-bundle-bench.js'),
  'designer-canvas': () => import('./designer-canvas-bench.js'),
  'csv-orders': () => import('./csv-orders-bench.js'),
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(benches);
const all: BenchResult[] = [];
for (const name of names) {
  const load = benches[name];
  if (!load) throw new Error(`unknown bench ${name}; known: ${Object.keys(benches).join(', ')}`);
  console.log(`running ${name}...`);
  const results = await (await load()).run();
  for (const r of results) await writeResult(r);
  all.push(...results);
}
printTable(all);
process.exitCode = all.every((r) => r.pass) ? 0 : 1;
