import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSpawnSpec, childFolder } from '../../../../server/src/plugins/host/spawn-spec.js';

const root = path.resolve(import.meta.dirname, '../../../..');

// A connector that declares the workspace kit: its child may read the kit's folder and the link npm made for it
// (Node 20's loader reads the module by the link's path), and nothing else outside its own folder.
describe.each(['medusa', 'vendure', 'shopify', 'tryton', '_template'])('plugins/%s and the kit', (name) => {
  it('reads exactly: the child entry, its folder, plugins/kit and node_modules/@oms-plugin/kit', () => {
    const dir = path.join(root, 'plugins', name);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const spec = buildSpawnSpec({ dir, manifest } as never, 128);
    expect(spec.readPaths.map((p) => path.relative(root, p)).sort()).toEqual(
      [path.relative(root, childFolder), `plugins/${name}`, 'plugins/kit', 'node_modules/@oms-plugin/kit'].sort(),
    );
  });
});
