import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PluginManifest } from '@oms/runtime';
import type { ContractFixtures } from './fixture-types.js';
import { defineContract } from '../support/plugin-contract-cases.js';
import { libraryProblems } from '../support/plugin-contract-package.js';

/** Every folder under plugins/ (discovered, not listed) must pass the contract; see test/contract/README.md. */
const root = path.resolve(import.meta.dirname, '../..');
const pluginsDir = path.join(root, 'plugins');
const folders = readdirSync(pluginsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
  .map((d) => d.name)
  .sort();

/**
 * Shared libraries (plugins/kit): folders without a manifest that another folder's package.json declares as a
 * dependency. The platform never runs them; they get the library package check instead of the plugin contract.
 */
const pkgOf = (name: string) => {
  const file = path.join(pluginsDir, name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; dependencies?: Record<string, string> }) : {};
};
const declared = new Set(folders.flatMap((name) => Object.keys(pkgOf(name).dependencies ?? {})));
const libraries = folders.filter((name) => !existsSync(path.join(pluginsDir, name, 'manifest.json')) && declared.has(pkgOf(name).name ?? ''));
for (const name of libraries) {
  describe(`library ${name}`, () => {
    it('package format (a workspace dependency of the connectors, built and bundled by npm pack)', () => {
      expect(libraryProblems(path.join(pluginsDir, name), path.join(root, 'tsconfig.json'))).toEqual([]);
    });
  });
}

const loaded = await Promise.all(
  folders.filter((name) => !libraries.includes(name)).map(async (name) => {
    const file = path.join(import.meta.dirname, 'fixtures', `${name}.ts`);
    const fx = existsSync(file) ? ((await import(file)) as { fixtures?: ContractFixtures }).fixtures : undefined;
    return { name, fx };
  }),
);

for (const { name, fx } of loaded) {
  describe(`plugin ${name}`, () => {
    const dir = path.join(pluginsDir, name);
    if (!fx) {
      it('ships its contract fixtures', () => {
        throw new Error(`plugins/${name} has no test/contract/fixtures/${name}.ts exporting \`fixtures: ContractFixtures\` (see test/contract/README.md)`);
      });
      return;
    }
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      it('has a manifest.json', () => {
        throw new Error(`plugins/${name}/manifest.json is missing`);
      });
      return;
    }
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
    defineContract({ id: name, dir, manifest }, fx, { rootTsconfig: path.join(root, 'tsconfig.json') });
  });
}
