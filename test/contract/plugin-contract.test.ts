import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { PluginManifest } from '@oms/runtime';
import type { ContractFixtures } from './fixture-types.js';
import { defineContract } from '../support/plugin-contract-cases.js';

/** Every folder under plugins/ (discovered, not listed) must pass the contract; see test/contract/README.md. */
const root = path.resolve(import.meta.dirname, '../..');
const pluginsDir = path.join(root, 'plugins');
const folders = readdirSync(pluginsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
  .map((d) => d.name)
  .sort();

const loaded = await Promise.all(
  folders.map(async (name) => {
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
