import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PluginManifest } from '@oms/runtime';
import { validateManifest } from './manifest-validate.js';

export interface BundledPlugin {
  manifest: PluginManifest;
  dir: string;
  /** The manifest's main module is built (`tsc -b` writes dist/). */
  built: boolean;
}

export interface BundledProblem {
  dir: string;
  code: string;
  message: string;
}

/**
 * Discovery of `plugins/*`: every folder with a valid manifest.json is a bundled plugin. Folders starting with `_`
 * (the template) are skipped; a bad manifest is reported, never fatal (one broken package must not stop the others).
 */
export async function discoverBundled(pluginsDir: string): Promise<{ plugins: BundledPlugin[]; problems: BundledProblem[] }> {
  const plugins: BundledPlugin[] = [];
  const problems: BundledProblem[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(pluginsDir, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.')).map((d) => d.name);
  } catch {
    return { plugins, problems };
  }
  for (const name of names.sort()) {
    const dir = path.join(pluginsDir, name);
    const file = path.join(dir, 'manifest.json');
    if (!existsSync(file)) continue;
    try {
      const manifest = validateManifest(JSON.parse(await readFile(file, 'utf8')));
      plugins.push({ manifest, dir, built: existsSync(path.join(dir, manifest.main ?? 'index.js')) });
    } catch (err) {
      problems.push({ dir, code: (err as { code?: string }).code ?? 'plugin.manifest-invalid', message: (err as Error).message });
    }
  }
  return { plugins, problems };
}
