import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '@oms/runtime';
import { manifest, plugin } from './vendure-connector.js';

const dir = path.resolve(import.meta.dirname, '../../../plugins/vendure');

describe('vendure package', () => {
  it('has a valid manifest (schema + semantic checks: apiVersion, write-only secrets, webhook secret declared)', () => {
    expect(validateDefinition(manifest)).toEqual([]);
    expect(manifest.credentialsSchema).toMatchObject({ properties: { apiKey: { writeOnly: true }, webhookSecret: { writeOnly: true } } });
    expect(manifest.webhook?.signature.secret).toBe('webhookSecret');
  });

  it('implements exactly the capabilities its manifest declares, under the standard keys', () => {
    expect(Object.keys(plugin.capabilities).sort()).toEqual(Object.keys(manifest.capabilities).sort());
    expect(Object.keys(manifest.capabilities).sort()).toEqual(['pull-orders', 'push-fulfilment', 'push-stock']);
    expect(plugin.id).toBe(manifest.id);
    expect(typeof plugin.webhook?.parse).toBe('function');
  });

  it('is packaged as CONTRACT3 says', async () => {
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: '@oms-plugin/vendure', version: manifest.version, type: 'module', private: true, main: 'dist/index.js', files: ['dist', 'manifest.json', 'README.md'], dependencies: { '@oms-plugin/kit': '1.0.0' }, bundleDependencies: ['@oms-plugin/kit'] });
    expect(manifest.main).toBe('dist/index.js');
    // The child process may read only the plugin's folder and its declared dependencies (the kit, bundled into the
    // tarball): no runtime import of the SDK or anything else outside.
    const src = path.join(dir, 'src');
    for (const f of await import('node:fs/promises').then((fs) => fs.readdir(src))) {
      const text = await readFile(path.join(src, f), 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        if (!m[2].startsWith('./') && m[2] !== '@oms-plugin/kit') expect({ file: f, import: m[2], typeOnly: Boolean(m[1]) }).toEqual({ file: f, import: m[2], typeOnly: true });
      }
    }
  });
});
