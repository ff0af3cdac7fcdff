import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import type { PluginManifest } from '@oms/runtime';
import { HttpError } from '../../http/errors.js';
import { validateManifest } from './manifest-validate.js';
import { readPackageTgz, type PackageLimits } from './tgz-read.js';

/** Unpacked uploads live in `<dataDir>/plugin-packages/<sha256>/`: content-addressed, written once, never edited. */
export const packageDir = (dataDir: string, sha256: string) => path.join(dataDir, 'plugin-packages', sha256);

export interface UploadedPackage {
  pluginId: string;
  version: string;
  sha256: string;
  sizeBytes: number;
  manifest: PluginManifest;
  duplicate: boolean;
}

/**
 * Validate an uploaded `.tgz` completely (archive safety, manifest schema and apiVersion, main module present, id
 * and version free) before anything is written; then unpack it (temp folder + rename) and record it for the
 * tenant. A refused package leaves no file and no row.
 */
export async function storeUploadedPackage(
  db: Knex,
  p: { tenantId: string; userId: string | null; dataDir: string; tgz: Buffer; limits?: PackageLimits; bundledVersions: (id: string) => string[] },
): Promise<UploadedPackage> {
  const files = await readPackageTgz(p.tgz, p.limits);
  const raw = files.get('manifest.json');
  if (!raw) throw new HttpError(422, 'plugin.manifest-missing', 'The package has no manifest.json at its root (package/manifest.json)', { path: '/manifest.json' });
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(422, 'plugin.manifest-invalid-json', 'manifest.json is not valid JSON', { path: '/manifest.json' });
  }
  const manifest = validateManifest(json, '/manifest.json');
  const main = path.posix.normalize(manifest.main ?? 'index.js');
  if (!files.has(main)) throw new HttpError(422, 'plugin.main-missing', `The package has no ${main} (manifest main)`, { path: '/manifest.json/main' });
  if (p.bundledVersions(manifest.id).includes(manifest.version)) {
    throw new HttpError(409, 'plugin.version-exists', `${manifest.id} ${manifest.version} is bundled with the server`, { path: '/manifest.json/version' });
  }
  const sha256 = createHash('sha256').update(p.tgz).digest('hex');
  const prior = await db('plugin_packages').where({ tenant_id: p.tenantId, plugin_id: manifest.id, version: manifest.version }).first('sha256');
  if (prior && prior.sha256 !== sha256) {
    throw new HttpError(409, 'plugin.version-exists', `${manifest.id} ${manifest.version} was uploaded before with other content: raise the version`, { path: '/manifest.json/version' });
  }
  const result = { pluginId: manifest.id, version: manifest.version, sha256, sizeBytes: p.tgz.length, manifest };
  if (prior) return { ...result, duplicate: true };
  await unpack(packageDir(p.dataDir, sha256), files);
  await db('plugin_packages')
    .insert({ tenant_id: p.tenantId, plugin_id: manifest.id, version: manifest.version, sha256, manifest: JSON.stringify(manifest), size_bytes: p.tgz.length, uploaded_by: p.userId })
    .onConflict(['tenant_id', 'plugin_id', 'version'])
    .ignore();
  return { ...result, duplicate: false };
}

async function unpack(target: string, files: Map<string, Buffer>): Promise<void> {
  if (existsSync(target)) return; // same bytes uploaded by another tenant (or a retry): already there
  const tmp = `${target}.tmp-${randomUUID()}`;
  try {
    for (const [rel, content] of files) {
      const file = path.join(tmp, ...rel.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content, { mode: 0o644 });
    }
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tmp, target).catch(async (err) => {
      if (!existsSync(target)) throw err; // lost a race to the same content: fine
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
