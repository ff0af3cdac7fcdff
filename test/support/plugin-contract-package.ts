import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginManifest } from '@oms/runtime';

/** A value-level import of the SDK would need @oms/runtime in the child, which may read only the plugin's folder. */
const RUNTIME_VALUE_IMPORT = /^\s*import\s+(?!type\b)[^;]*from\s+['"]@oms\/runtime/m;

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * The package format of CONTRACT3.md, as a list of problems (empty = conforms). `rootTsconfig` is the
 * repository's tsconfig.json (its references must build the plugin); omit it for a package outside the repo.
 */
export function packageProblems(dir: string, manifest: PluginManifest, rootTsconfig?: string): string[] {
  const problems: string[] = [];
  const folder = path.basename(dir);
  const pkgFile = path.join(dir, 'package.json');
  if (!existsSync(pkgFile)) return ['package.json is missing'];
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
  const want: Record<string, unknown> = { name: `@oms-plugin/${manifest.id}`, type: 'module', private: true, main: 'dist/index.js' };
  for (const [k, v] of Object.entries(want)) if (pkg[k] !== v) problems.push(`package.json ${k} is ${JSON.stringify(pkg[k])}, expected ${JSON.stringify(v)}`);
  const files = Array.isArray(pkg.files) ? pkg.files : [];
  for (const f of ['dist', 'manifest.json', 'README.md']) if (!files.includes(f)) problems.push(`package.json files lacks "${f}"`);
  // `_<id>` folders (the template) are skipped by the platform's discovery; their id is still a valid id.
  if (manifest.id !== folder && `_${manifest.id}` !== folder) problems.push(`manifest id ${manifest.id} differs from the folder name ${folder}`);
  if (manifest.main !== 'dist/index.js') problems.push(`manifest main is ${manifest.main}, expected dist/index.js`);
  if (pkg.version !== manifest.version) problems.push(`package.json version ${String(pkg.version)} differs from the manifest's ${manifest.version}`);
  for (const f of ['README.md', 'tsconfig.json', 'src/index.ts']) if (!existsSync(path.join(dir, f))) problems.push(`${f} is missing`);
  if (!existsSync(path.join(dir, 'dist/index.js'))) problems.push('dist/index.js is missing (run npx tsc -b)');
  for (const file of sources(path.join(dir, 'src'))) {
    if (RUNTIME_VALUE_IMPORT.test(readFileSync(file, 'utf8'))) problems.push(`${path.relative(dir, file)} imports @oms/runtime as a value (use import type)`);
  }
  if (rootTsconfig) {
    const refs = (JSON.parse(readFileSync(rootTsconfig, 'utf8')) as { references?: Array<{ path: string }> }).references ?? [];
    if (!refs.some((r) => path.resolve(path.dirname(rootTsconfig), r.path) === dir)) problems.push(`root tsconfig.json has no reference to plugins/${folder}`);
  }
  return problems;
}
