import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PluginManifest } from '@oms/runtime';

const root = path.resolve(import.meta.dirname, '../..');
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

/**
 * "Write a connector", steps 1–2, done by a test: copy plugins/_template to `dest` and rename it to `id` in the
 * places the guide lists (package name, manifest id, title and channel, the definition's id, PLUGIN_ID).
 * Returns the new manifest. Synchronous, so a test can register its checks from the result.
 */
export function copyTemplate(dest: string, id: string, title: string): PluginManifest {
  cpSync(path.join(root, 'plugins/_template'), dest, { recursive: true, filter: (src) => !/(\/dist|tsbuildinfo)$/.test(src) });
  edit(path.join(dest, 'package.json'), (t) => t.replace('"@oms-plugin/template"', `"@oms-plugin/${id}"`));
  const manifest = JSON.parse(readFileSync(path.join(dest, 'manifest.json'), 'utf8')) as PluginManifest & { capabilities: Record<string, { output: any }> };
  manifest.id = id;
  manifest.title = { en: title, 'zh-CN': title };
  manifest.capabilities['pull-orders'].output.properties.items.items.properties.channel = { const: id };
  writeFileSync(path.join(dest, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  edit(path.join(dest, 'src/index.ts'), (t) => t.replace("id: 'template'", `id: '${id}'`));
  edit(path.join(dest, 'src/pull-orders.ts'), (t) => t.replace("PLUGIN_ID = 'template'", `PLUGIN_ID = '${id}'`));
  installKit(dest);
  return manifest;
}

/**
 * What `npm install` gives a copy outside the workspace: the built kit (package.json + its `files`) as a real
 * folder in the copy's node_modules — the template declares `@oms-plugin/kit` in dependencies and bundleDependencies.
 */
function installKit(dest: string): void {
  const kit = path.join(root, 'plugins/kit');
  const target = path.join(dest, 'node_modules/@oms-plugin/kit');
  mkdirSync(target, { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(kit, 'package.json'), 'utf8')) as { files: string[] };
  for (const f of ['package.json', ...pkg.files]) cpSync(path.join(kit, f), path.join(target, f), { recursive: true });
}

/**
 * Compiles a copied plugin outside the repository with the repository's compiler options (tsconfig.base.json);
 * `@oms/runtime` resolves to the built runtime declarations (types only: nothing of it is emitted or loaded).
 */
export function compilePlugin(dir: string): void {
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    extends: path.join(root, 'tsconfig.base.json'),
    compilerOptions: { rootDir: 'src', outDir: 'dist', lib: ['ES2022'], types: [], composite: false, paths: { '@oms/runtime': [path.join(root, 'runtime/dist/index.d.ts')] } },
    // @oms-plugin/kit resolves from the copy's own node_modules (installKit), as it would for an author.
    include: ['src/**/*.ts'],
  }));
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], { stdio: 'pipe' });
}

/**
 * The `.tgz` of the guide's step 5: `node plugins/kit/scripts/pack-plugin.mjs <dir>`, which runs the real `npm pack`
 * on a staging copy so that the package's `bundleDependencies` (the kit) are inside, as `package/node_modules/…`.
 */
export async function packPlugin(dir: string): Promise<Buffer> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'oms-tgz-'));
  try {
    const file = execFileSync(process.execPath, [path.join(root, 'plugins/kit/scripts/pack-plugin.mjs'), dir, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return readFileSync(file);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
