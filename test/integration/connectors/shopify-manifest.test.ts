import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDefinition, type PluginManifest } from '@oms/runtime';
import manifestJson from '../../../plugins/shopify/manifest.json' with { type: 'json' };
import { plugin } from './shopify-admin-stub.js';

const manifest = manifestJson as unknown as PluginManifest;
const dir = path.resolve(import.meta.dirname, '../../../plugins/shopify');

describe('shopify package', () => {
  it('has a valid manifest (schema + semantic checks: apiVersion, write-only secrets, webhook secret declared)', () => {
    expect(validateDefinition(manifest)).toEqual([]);
    expect(manifest.credentialsSchema).toMatchObject({ properties: { accessToken: { writeOnly: true }, webhookSecret: { writeOnly: true } } });
    expect(manifest.allowedHosts).toEqual(['*.myshopify.com']);
  });

  it('implements exactly the capabilities its manifest declares, under the standard keys', () => {
    expect(Object.keys(plugin.capabilities).sort()).toEqual(Object.keys(manifest.capabilities).sort());
    expect(Object.keys(manifest.capabilities).sort()).toEqual(['pull-orders', 'push-fulfilment', 'push-stock']);
    expect(plugin.id).toBe(manifest.id);
    expect(typeof plugin.webhook?.parse).toBe('function');
  });

  it('is packaged as CONTRACT3 says; the only runtime imports are its own files, node builtins and the bundled kit', async () => {
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: '@oms-plugin/shopify', version: manifest.version, type: 'module', private: true, main: 'dist/index.js', files: ['dist', 'manifest.json', 'README.md'], dependencies: { '@oms-plugin/kit': '1.0.0' }, bundleDependencies: ['@oms-plugin/kit'] });
    expect(manifest.main).toBe('dist/index.js');
    const src = path.join(dir, 'src');
    for (const f of await readdir(src)) {
      const text = await readFile(path.join(src, f), 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        const ok = m[2].startsWith('./') || m[2].startsWith('node:') || m[2] === '@oms-plugin/kit' || Boolean(m[1]);
        expect({ file: f, import: m[2], ok }).toEqual({ file: f, import: m[2], ok: true });
      }
    }
  });
});
