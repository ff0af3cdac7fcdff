import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * runtime/ is pure and isomorphic: it must run unchanged in the browser and on the server. This test
 * scans every source file for imports of Node built-ins, server/designer code, I/O or UI libraries,
 * and for dynamic code evaluation.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const runtimeDir = path.join(root, 'runtime');
const runtimeSrc = path.join(runtimeDir, 'src');

const FORBIDDEN_PACKAGES = ['knex', 'koa', 'react', 'react-dom', 'pg', '@koa', '@oms/server', '@oms/designer', 'graphile-worker', 'pino'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

export interface Violation {
  line: number;
  rule: 'node-builtin' | 'forbidden-package' | 'outside-runtime' | 'dynamic-code' | 'ambient-time-or-randomness';
  text: string;
}

/** Blank out comments and string/template contents so prose like "no eval()" is not code. */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"]+)\1/g;
const DYNAMIC_CODE = /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(|\.eval\s*\(/;
/** Time and randomness come from injected ports (Clock, IdGenerator): the host's clock and zone never leak in. */
const AMBIENT = /\bDate\s*\.\s*(?:now|parse)\b|\bnew\s+Date\s*(?:\(\s*\)|(?![\s(]))|\bMath\s*\.\s*random\b/;

/** The checker: every import specifier and every line of code in one file's source. */
export function checkSource(source: string, file: string): Violation[] {
  const out: Violation[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const code = codeOnly(source);
  for (const m of source.matchAll(SPECIFIER)) {
    // Only real import statements count: skip matches that sit inside comments or strings.
    if (code.slice(m.index, m.index + 4).trim() === '') continue;
    const spec = m[2];
    const line = lineOf(m.index);
    const bare = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(bare)) out.push({ line, rule: 'node-builtin', text: spec });
    else if (FORBIDDEN_PACKAGES.some((p) => bare === p || spec.split('/')[0] === p)) out.push({ line, rule: 'forbidden-package', text: spec });
    else if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(runtimeDir + path.sep)) out.push({ line, rule: 'outside-runtime', text: spec });
    }
  }
  code.split('\n').forEach((text, i) => {
    if (DYNAMIC_CODE.test(text)) out.push({ line: i + 1, rule: 'dynamic-code', text: text.trim() });
    if (AMBIENT.test(text)) out.push({ line: i + 1, rule: 'ambient-time-or-randomness', text: text.trim() });
  });
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

describe('runtime imports (architecture)', () => {
  const files = sourceFiles(runtimeSrc);

  it('finds the runtime sources', () => {
    expect(files.length).toBeGreaterThan(40);
    const folders = new Set(files.map((f) => path.relative(runtimeSrc, f).split(path.sep)[0]));
    for (const f of ['core', 'definitions', 'rules', 'form', 'review', 'plugins', 'flow', 'routing', 'order']) expect(folders).toContain(f);
  });

  it('no runtime file imports Node built-ins, server/designer, knex, koa, react or pg, evaluates code, or reads the host clock or randomness', () => {
    const violations = files.flatMap((f) => checkSource(readFileSync(f, 'utf8'), f).map((v) => `${path.relative(root, f)}:${v.line} ${v.rule} ${v.text}`));
    expect(violations).toEqual([]);
  });
});

describe('the checker catches planted violations', () => {
  const file = path.join(runtimeSrc, 'form', 'planted.ts');
  const planted: Array<[string, Violation['rule']]> = [
    [`import { readFileSync } from 'node:fs';`, 'node-builtin'],
    [`import path from 'path';`, 'node-builtin'],
    [`import { randomUUID } from "crypto";`, 'node-builtin'],
    [`import { readFile } from 'fs/promises';`, 'node-builtin'],
    [`const m = await import('node:child_process');`, 'node-builtin'],
    [`const os = require('os');`, 'node-builtin'],
    [`import knex from 'knex';`, 'forbidden-package'],
    [`import Koa from 'koa';`, 'forbidden-package'],
    [`import Router from '@koa/router';`, 'forbidden-package'],
    [`import { useState } from 'react';`, 'forbidden-package'],
    [`import pg from 'pg';`, 'forbidden-package'],
    [`export { createApp } from '@oms/server';`, 'forbidden-package'],
    [`import { store } from '../../../server/src/db/store.js';`, 'outside-runtime'],
    [`import { App } from '../../../designer/src/app.js';`, 'outside-runtime'],
    [`const f = eval('1 + 1');`, 'dynamic-code'],
    [`const g = new Function('a', 'return a');`, 'dynamic-code'],
    [`const h = globalThis.eval(code);`, 'dynamic-code'],
    [`const t = Date.now();`, 'ambient-time-or-randomness'],
    [`const t = Date.parse(text);`, 'ambient-time-or-randomness'],
    [`const d = new Date();`, 'ambient-time-or-randomness'],
    [`const d = new Date;`, 'ambient-time-or-randomness'],
    [`const r = Math.random() * 10;`, 'ambient-time-or-randomness'],
    [`const now = Date . now;`, 'ambient-time-or-randomness'],
  ];

  it.each(planted)('%s', (source, rule) => {
    expect(checkSource(source, file).map((v) => v.rule)).toEqual([rule]);
  });

  it('leaves clean code, comments and strings alone', () => {
    const clean = [
      `import { pointer } from '../core/issue.js';`,
      `// compiled to closures: no eval(), no new Function()`,
      `const note = "we never import 'node:fs' here";`,
      `/** import x from 'react' */`,
      `const evaluate = (x: number) => x; evaluate(1); retrieval(2);`,
      `const d = new Date(Date.UTC(2026, 0, 1)); const e = new Date(ms);`,
      `// Date.now() and Math.random() never appear in code`,
      `const clock = { now: () => t }; const random = seeded(); myDate.parse(x);`,
    ].join('\n');
    expect(checkSource(clean, file)).toEqual([]);
  });
});
