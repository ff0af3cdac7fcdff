import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PluginManifest } from '@oms/runtime';
import { packageProblems } from '../support/plugin-contract-package.js';

// The contract's package-format check must catch what CONTRACT3.md forbids: [case, edit of a template copy, problems].
const template = path.resolve(import.meta.dirname, '../../plugins/_template');
const work = mkdtempSync(path.join(os.tmpdir(), 'oms-pkg-format-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const json = (file: string, change: (v: any) => void) => {
  const v = JSON.parse(readFileSync(file, 'utf8'));
  change(v);
  writeFileSync(file, JSON.stringify(v));
};

const cases: Array<[string, (dir: string) => void, string[]]> = [
  ['the template as it is', () => {}, []],
  ['package name not @oms-plugin/<id>', (d) => json(`${d}/package.json`, (p) => { p.name = 'acme-shop'; }), ['package.json name is "acme-shop", expected "@oms-plugin/template"']],
  ['CommonJS package', (d) => json(`${d}/package.json`, (p) => { p.type = 'commonjs'; }), ['package.json type is "commonjs", expected "module"']],
  ['files without the manifest', (d) => json(`${d}/package.json`, (p) => { p.files = ['dist', 'README.md']; }), ['package.json files lacks "manifest.json"']],
  ['versions differ', (d) => json(`${d}/package.json`, (p) => { p.version = '0.2.0'; }), ["package.json version 0.2.0 differs from the manifest's 0.1.0"]],
  ['a value import of the SDK', (d) => writeFileSync(`${d}/src/extra.ts`, "import { definePlugin } from '@oms/runtime';\nexport const x = definePlugin;\n"), ['src/extra.ts imports @oms/runtime as a value (use import type)']],
  ['not built', (d) => rmSync(`${d}/dist`, { recursive: true, force: true }), ['dist/index.js is missing (run npx tsc -b)']],
  ['no README', (d) => rmSync(`${d}/README.md`), ['README.md is missing']],
];

describe('the package-format check', () => {
  it.each(cases)('%s', (name, change, problems) => {
    const dir = path.join(work, name.replace(/\W+/g, '-'), '_template');
    cpSync(template, dir, { recursive: true });
    change(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
    expect(packageProblems(dir, manifest)).toEqual(problems);
  });

  it('a folder named other than its manifest id is refused', () => {
    const dir = path.join(work, 'renamed', 'acme');
    cpSync(template, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
    expect(packageProblems(dir, manifest)).toEqual(['manifest id template differs from the folder name acme']);
  });
});
