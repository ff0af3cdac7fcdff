import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultRegistry, createRuleEngine } from '../../../runtime/src/index.js';
import tryton from '../../../plugins/tryton/src/index.js';
import x12 from '../../../plugins/x12-3pl/src/index.js';
import { assertShipmentBodies } from './x12-shipments-api.js';

const registry = createDefaultRegistry(createRuleEngine());
const manifestOf = (id: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, `../../../plugins/${id}/manifest.json`), 'utf8'));

describe.each([
  ['x12-3pl', x12, ['pull-shipping-advice', 'push-shipping-order']],
  ['tryton', tryton, ['pull-shipments', 'pull-stock', 'push-sales-order']],
] as const)('%s manifest and module', (id, plugin, keys) => {
  const manifest = manifestOf(id);

  it('offers exactly the standard capability keys of its kind, and the module implements each', () => {
    expect(Object.keys(manifest.capabilities).sort()).toEqual(keys);
    expect(Object.keys(plugin.capabilities).sort()).toEqual(keys);
    expect(plugin.id).toBe(manifest.id);
    expect(manifest.main).toBe('dist/index.js');
  });

  it('is a valid plugin manifest for the runtime (schemas, secrets write-only, API version)', () => {
    expect(registry.validate(manifest)).toEqual([]);
  });

  it('its package.json follows the package format', () => {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, `../../../plugins/${id}/package.json`), 'utf8'));
    expect(pkg).toMatchObject({ name: `@oms-plugin/${id}`, version: manifest.version, type: 'module', private: true, main: 'dist/index.js', files: ['dist', 'manifest.json', 'README.md'] });
  });
});

describe('the POST /api/shipments body check used on pulled shipments', () => {
  it('accepts a real body and refuses what the API refuses', () => {
    expect(() => assertShipmentBodies([{ orderNumber: 'SO-1', location: 'wh-1', lines: [{ lineId: 'line-1', qty: 1 }], shippedAt: '2026-12-02T09:05:00.000Z' }])).not.toThrow();
    expect(() => assertShipmentBodies([{ orderNumber: 'SO-1', location: 'WH 1', lines: [{ lineId: 'line-1', qty: 1 }] }])).toThrow(/location/);
    expect(() => assertShipmentBodies([{ orderNumber: 'SO-1', location: 'wh-1', lines: [] }])).toThrow(/lines/);
    expect(() => assertShipmentBodies([{ orderNumber: 'SO-1', location: 'wh-1', lines: [{ lineId: 'line-1', qty: 0 }] }])).toThrow(/qty/);
  });
});
