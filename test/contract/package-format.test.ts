import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PluginManifest } from '@oms/runtime';
import { libraryProblems, packageProblems } from '../support/plugin-contract-package.js';

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
  // The template declares the workspace kit (dependencies + bundleDependencies): that is accepted as it is (first case).
  ['the kit imported but not declared', (d) => json(`${d}/package.json`, (p) => { delete p.dependencies; delete p.bundleDependencies; }), ['src/index.ts imports @oms-plugin/kit, which package.json dependencies do not declare', 'src/shop-api.ts imports @oms-plugin/kit, which package.json dependencies do not declare', 'src/webhook.ts imports @oms-plugin/kit, which package.json dependencies do not declare']],
  ['the kit declared but not bundled', (d) => json(`${d}/package.json`, (p) => { delete p.bundleDependencies; }), ['package.json bundleDependencies lacks "@oms-plugin/kit" (npm pack must carry it)']],
  ['an undeclared value import of another package', (d) => writeFileSync(`${d}/src/extra.ts`, "import { Webhook } from 'standardwebhooks';\nexport const w = Webhook;\n"), ['src/extra.ts imports standardwebhooks, which package.json dependencies do not declare']],
  ['type-only and node: imports need no declaration', (d) => writeFileSync(`${d}/src/extra.ts`, "import type { Webhook } from 'standardwebhooks';\nimport { createHash } from 'node:crypto';\nexport type W = Webhook;\nexport const h = createHash;\n"), []],
];

describe('the package-format check', () => {
  it.each(cases)('%s', (name, change, problems) => {
    const dir = path.join(work, name.replace(/\W+/g, '-'), '_template');
    cpSync(template, dir, { recursive: true });
    change(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
    expect(packageProblems(dir, manifest)).toEqual(problems);
  });

  it.each<[string, (dir: string) => void, string[]]>([
    ['the kit as it is', () => {}, []],
    ['a library with a manifest', (d) => cpSync(`${template}/manifest.json`, `${d}/manifest.json`), ['a library has no manifest.json (the platform would offer it as a plugin)']],
    ['a library importing the SDK as a value', (d) => writeFileSync(`${d}/src/extra.ts`, "import { definePlugin } from '@oms/runtime';\nexport const x = definePlugin;\n"), ['src/extra.ts imports @oms/runtime as a value (use import type)']],
    ['a library not shipping dist', (d) => json(`${d}/package.json`, (p) => { p.files = ['README.md']; }), ['package.json files lacks "dist"']],
  ])('library check: %s', (name, change, problems) => {
    const dir = path.join(work, `lib-${name.replace(/\W+/g, '-')}`, 'kit');
    cpSync(path.resolve(template, '../kit'), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
    change(dir);
    expect(libraryProblems(dir)).toEqual(problems);
  });

  it('a folder named other than its manifest id is refused', () => {
    const dir = path.join(work, 'renamed', 'acme');
    cpSync(template, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
    expect(packageProblems(dir, manifest)).toEqual(['manifest id template differs from the folder name acme']);
  });
});
