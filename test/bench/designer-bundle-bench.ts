import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './report.js';

// OMS_BENCH_DIST measures another build (e.g. a baseline checkout) with the same rules.
const dist = process.env.OMS_BENCH_DIST ?? path.resolve(import.meta.dirname, '../../designer/dist');
const LIMIT_KB = 400;

/** Entry scripts and modulepreloads named by index.html: what the browser fetches before the first screen. */
export function initialChunks(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) out.add(m[1]);
  return [...out];
}

/** Static imports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`), never dynamic `import()`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) out.push(m[1]);
  return out;
}

/**
 * Initial JS of the built designer, gzipped: the entry chunk, its modulepreloads and (as a check that nothing
 * is missed) every chunk reachable by static imports from them. Target ≤ 400 KB (issue 9, Quality).
 */
export async function run(): Promise<BenchResult[]> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const queue = initialChunks(html).map((src) => path.join(dist, src.replace(/^\//, '')));
  const seen = new Map<string, { raw: number; gzip: number }>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = await readFile(file);
    seen.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const dep of staticImports(code.toString('utf8'))) queue.push(path.resolve(path.dirname(file), dep));
  }
  const gzip = [...seen.values()].reduce((n, c) => n + c.gzip, 0);
  const raw = [...seen.values()].reduce((n, c) => n + c.raw, 0);
  const kb = Math.round((gzip / 1024) * 10) / 10;
  return [{
    name: 'designer-initial-js',
    ours: kb,
    baseline: null,
    ratio: null,
    target: `<= ${LIMIT_KB} KB gzip`,
    pass: kb <= LIMIT_KB,
    unit: 'KB gzip',
    details: {
      rawKb: Math.round(raw / 1024),
      chunks: Object.fromEntries([...seen].map(([f, c]) => [path.relative(dist, f), Math.round((c.gzip / 1024) * 10) / 10])),
    },
  }];
}
