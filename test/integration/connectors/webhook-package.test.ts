import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDefinition, type PluginManifest } from '@oms/runtime';
import manifestJson from '../../../plugins/webhook/manifest.json' with { type: 'json' };
import plugin from '../../../plugins/webhook/src/index.js';
import { buildSpawnSpec } from '../../../server/src/plugins/host/spawn-spec.js';

const manifest = manifestJson as unknown as PluginManifest;
const root = path.resolve(import.meta.dirname, '../../..');
const dir = path.join(root, 'plugins/webhook');

describe('webhook package', () => {
  it('has a valid manifest and implements exactly its capabilities, with a webhook parser', () => {
    expect(validateDefinition(manifest)).toEqual([]);
    expect(Object.keys(plugin.capabilities)).toEqual(Object.keys(manifest.capabilities));
    expect([plugin.id, typeof plugin.webhook?.parse]).toEqual([manifest.id, 'function']);
  });

  it('pins its own dependencies exactly', () => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toEqual({ 'json-logic-js': '2.0.5', standardwebhooks: '1.1.1' });
  });

  it('the child may read its dependencies and theirs (hoisted to the root node_modules), and nothing else there', () => {
    const spec = buildSpawnSpec({ dir, manifest } as never, 128);
    const modules = spec.readPaths.filter((p) => p.includes(`${path.sep}node_modules${path.sep}`)).map((p) => path.relative(path.join(root, 'node_modules'), p)).sort();
    expect(modules).toEqual(['@stablelib/base64', 'fast-sha256', 'json-logic-js', 'standardwebhooks']);
  });
});
