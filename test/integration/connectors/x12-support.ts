import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import plugin from '../../../plugins/x12-3pl/src/index.js';
import { assertShipmentBodies } from './x12-shipments-api.js';
import { callCapability, createHarness, type Harness } from '../../support/plugin-harness.js';

export const samplesDir = path.join(import.meta.dirname, 'x12-samples');
export const sample = (name: string) => readFile(path.join(samplesDir, name), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../plugins/x12-3pl/manifest.json'), 'utf8'));
// The host's Ajv checks date-time; the same rule here (RFC 3339 with an offset).
const ajv = new Ajv({ strict: false, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/ } });

/** Every answer is checked against the manifest's output schema, as the host checks it. */
async function conforming(key: string, value: Promise<unknown>): Promise<any> {
  const v = await value;
  const validate = ajv.compile(manifest.capabilities[key].output);
  if (!validate(v)) throw new Error(`${key} output does not match the manifest: ${ajv.errorsText(validate.errors)}`);
  if (key === 'pull-shipping-advice') assertShipmentBodies((v as { items: unknown[] }).items);
  return v;
}

export const config = { senderId: 'OMSSTUDIO', receiverId: 'ACME3PL', location: 'wh-3pl' };

export interface Folder {
  root: string;
  h: Harness;
  call(key: string, input: unknown, idempotencyKey?: string): Promise<any>;
  drop(name: string, content: string): Promise<void>;
  list(dir: string): Promise<string[]>;
  read(file: string): Promise<string>;
}

/** A fresh installation folder and harness at a fixed instant; `state` carries the state of an earlier one. */
export async function folder(iso: string, opts: { state?: Map<string, unknown>; config?: Record<string, unknown> } = {}): Promise<Folder> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'x12-'));
  const now = new Date(iso).getTime();
  const h = createHarness({ config: { ...config, ...opts.config }, allowedHosts: [], filesRoot: root, clock: { now: () => now } });
  for (const [k, v] of opts.state ?? []) h.state.set(k, v);
  return {
    root,
    h,
    call: (key, input, idempotencyKey = `k-${Math.random()}`) => conforming(key, callCapability(plugin, key, input, idempotencyKey, h)),
    async drop(name, content) {
      await mkdir(path.join(root, 'inbound'), { recursive: true });
      await writeFile(path.join(root, 'inbound', name), content);
    },
    async list(dir) {
      try {
        return (await readdir(path.join(root, dir), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
      } catch {
        return [];
      }
    },
    read: (file) => readFile(path.join(root, file), 'utf8'),
  };
}

export const order1001 = {
  number: 'SO-1001',
  externalId: 'VND-77',
  shipTo: { name: 'Jane Doe', line1: '1 Main Street', line2: 'Apt 2', city: 'Springfield', region: 'IL', postcode: '62701', country: 'US', phone: '+1 217 555 0100' },
  lines: [
    { lineId: 'line-1', sku: 'TSHIRT-M', qty: 2 },
    { lineId: 'line-2', sku: 'MUG-01', qty: 1 },
  ],
};
