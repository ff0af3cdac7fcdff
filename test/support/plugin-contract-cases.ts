import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateDefinition } from '@oms/runtime';
import { checkAgainst } from '../../server/src/plugins/host/schema-check.js';
import type { PluginRunner, RunOp, RunOutcome } from '../../server/src/plugins/host/runner-types.js';
import { verifySignature } from '../../server/src/plugins/inbound/verify-signature.js';
import { validateManifest } from '../../server/src/plugins/packages/manifest-validate.js';
import type { ContractFixtures, RecordedExchange, SeedFiles } from '../contract/fixture-types.js';
import { ensureChildBuilt } from '../integration/plugins/host/host-fixture.js';
import { contractRunner, lowerKeys, openCase, signDelivery, systemClock, type OpenCase, type Subject } from './plugin-contract-run.js';
import { packageProblems } from './plugin-contract-package.js';
import { standardProblems, webhookProblems } from './plugin-contract-standard.js';

export interface ContractOptions {
  /** The repository's tsconfig.json, whose references must build the plugin; omitted for a package built elsewhere. */
  rootTsconfig?: string;
}

const PUSHED = ['applied', 'already-applied'];

function explain(out: RunOutcome, oc: OpenCase): string {
  const unmatched = oc.peer.unmatched().map((r) => `${r.method} ${r.path} ${r.body.slice(0, 200)}`);
  return JSON.stringify({ outcome: out, unmatchedRequests: unmatched }, null, 1);
}

function okValue(out: RunOutcome, oc: OpenCase): unknown {
  if (!out.ok) throw new Error(`expected ok, got ${explain(out, oc)}`);
  return out.value;
}

/**
 * The contract checks of one plugin, registered into the caller's `describe`: data-driven from the manifest
 * (one test per capability) and the fixtures (one test per case). Every call goes through the real child-process
 * runner on the built dist/.
 */
export function defineContract(subject: Subject, fx: ContractFixtures, opts: ContractOptions = {}): void {
  const { manifest } = subject;
  let runner: PluginRunner;
  beforeAll(() => {
    ensureChildBuilt();
    runner = contractRunner();
  });
  afterAll(() => runner.close());

  async function inCase<T>(c: { peer?: RecordedExchange[]; files?: SeedFiles }, body: (oc: OpenCase) => Promise<T>): Promise<T> {
    const oc = await openCase(subject, fx, c);
    try {
      return await body(oc);
    } finally {
      await runner.stop(oc.plugin.installationId);
      await oc.close();
    }
  }
  const call = (oc: OpenCase, capability: string, input: unknown, idempotencyKey = `contract-${capability}`): Promise<RunOutcome> =>
    runner.run(oc.plugin, { op: 'capability', capability, input, idempotencyKey });

  it('manifest is valid (JSON Schema + semantic check, as the platform validates an upload)', () => {
    const raw = JSON.parse(readFileSync(path.join(subject.dir, 'manifest.json'), 'utf8'));
    expect(validateDefinition(raw).map((i) => `${i.path}: ${i.code} ${i.message}`)).toEqual([]);
    expect(() => validateManifest(raw)).not.toThrow();
  });

  it('package follows the package format (package.json, manifest main, built dist, type-only SDK import)', () => {
    expect(packageProblems(subject.dir, manifest, opts.rootTsconfig)).toEqual([]);
  });

  it('every manifest capability has a fixture, and every fixture a capability', () => {
    const keys = Object.keys(manifest.capabilities).sort();
    expect({ missing: keys.filter((k) => !fx.capabilities[k]), unknown: Object.keys(fx.capabilities).filter((k) => !manifest.capabilities[k]) }).toEqual({ missing: [], unknown: [] });
  });

  it('every capability the manifest marks idempotent has an idempotent case', () => {
    const marked = Object.entries(manifest.capabilities).filter(([, c]) => c.idempotent).map(([k]) => k);
    expect(marked.filter((k) => !fx.idempotent.some((c) => c.capability === k))).toEqual([]);
  });

  for (const key of Object.keys(manifest.capabilities)) {
    it(`${key}: the fixture input answers ok, valid against the output schema`, async () => {
      const c = fx.capabilities[key];
      if (!c) throw new Error(`test/contract/fixtures/${subject.id}.ts has no capabilities['${key}']`);
      await inCase(c, async (oc) => {
        const value = okValue(await call(oc, key, c.input), oc);
        expect(checkAgainst(manifest, `${manifest.version}+contract`, key, 'output', value)).toBeUndefined();
        expect(standardProblems(key, value), 'the standard key\'s output (CONTRACT3.md)').toEqual([]);
        c.expect?.(value);
      });
    });

    it(`${key}: bad input is refused as validation`, async () => {
      await inCase({}, async (oc) => {
        const out = await call(oc, key, fx.badInput?.[key] ?? 'not-an-object');
        expect(out.ok ? out : out.error.class, explain(out, oc)).toBe('validation');
        expect(oc.peer.seen).toEqual([]);
      });
    });
  }

  fx.idempotent.forEach((c, i) => {
    it(`idempotent #${i + 1}: ${c.capability} twice with one idempotency key writes once`, async () => {
      await inCase(c, async (oc) => {
        const first = okValue(await call(oc, c.capability, c.input, `idem-${i}`), oc) as { status?: string };
        const filesAfterFirst = await oc.listFiles();
        const writesAfterFirst = oc.peer.writes();
        const second = okValue(await call(oc, c.capability, c.input, `idem-${i}`), oc) as { status?: string };
        if (first.status !== undefined) expect([first.status, second.status].filter((s) => !PUSHED.includes(s ?? ''))).toEqual([]);
        expect(oc.peer.writes() - writesAfterFirst, 'writes during the second call').toBeLessThanOrEqual(c.secondWrites ?? 0);
        if (c.secondWrites) {
          const keyed = oc.peer.seen.filter((r) => r.write).map((r) => JSON.stringify(r.headers) + r.body);
          expect(keyed.every((k) => k.includes(`idem-${i}`)), 'a resent write carries the idempotency key').toBe(true);
        }
        if (subject.manifest.files) expect(await oc.listFiles()).toEqual(filesAfterFirst);
      });
    });
  });

  for (const f of fx.failures) {
    it(`failure: ${f.name} → ${f.expectClass}`, async () => {
      await inCase(f, async (oc) => {
        const out = await call(oc, f.capability, f.input);
        expect(out.ok ? out : out.error.class, explain(out, oc)).toBe(f.expectClass);
      });
    });
  }

  it('test connection answers', async () => {
    const t = fx.testConnection;
    await inCase(t ?? {}, async (oc) => {
      const out = await runner.run(oc.plugin, { op: 'test-connection' } satisfies RunOp);
      if (!t) {
        expect(out.ok ? out : out.error.code, 'without a testConnection fixture the plugin must not have one').toBe('plugin.unsupported');
        return;
      }
      expect((okValue(out, oc) as { ok: boolean }).ok).toBe(t.expectOk);
    });
  });

  if (manifest.webhook) {
    const sig = manifest.webhook.signature;
    it(`webhook: a ${sig.scheme} delivery is verified by the platform and parsed by the plugin`, async () => {
      const w = fx.webhook;
      if (!w) throw new Error(`the manifest declares a webhook: test/contract/fixtures/${subject.id}.ts needs webhook`);
      const secret = String(fx.credentials[sig.secret]);
      const now = systemClock.now();
      const headers = { ...lowerKeys(w.headers), ...signDelivery(sig, secret, w.rawBody, now) };
      expect(verifySignature(sig, headers, w.rawBody, secret, now)).toEqual({ ok: true });
      expect(verifySignature(sig, headers, `${w.rawBody} `, secret, now)).toEqual({ ok: false, code: 'hook.signature-mismatch' });
      expect(verifySignature(sig, headers, w.rawBody, `${secret}x`, now)).toEqual({ ok: false, code: 'hook.signature-mismatch' });
      await inCase(w, async (oc) => {
        const out = await runner.run(oc.plugin, { op: 'webhook', delivery: { headers, rawBody: w.rawBody, receivedAt: now } });
        const result = okValue(out, oc) as { deliveryId: string; events: unknown[] };
        expect(typeof result.deliveryId).toBe('string');
        // The platform dedupes by the manifest's delivery-id header: the plugin must report the same id.
        const idHeader = manifest.webhook?.deliveryIdHeader?.toLowerCase();
        if (idHeader && headers[idHeader]) expect(result.deliveryId).toBe(headers[idHeader]);
        expect(Array.isArray(result.events)).toBe(true);
        expect(webhookProblems(result.events as never)).toEqual([]);
        w.expect?.(result as never);
      });
    });
  }
}
