import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginManifest } from '@oms/runtime';
import { dependencyProblems, sourceFiles as sources } from './plugin-contract-deps.js';

/** A value-level import of the SDK would need @oms/runtime in the child, which may read only the plugin's folder. */
const RUNTIME_VALUE_IMPORT = /^\s*import\s+(?!type\b)[^;]*from\s+['"]@oms\/runtime/m;

/** What plugins and libraries share: package.json fields and files, sources and build, SDK types only, dependencies. */
function commonProblems(dir: string, pkg: Record<string, unknown>, name: string, shipped: string[]): string[] {
  const problems: string[] = [];
  const want: Record<string, unknown> = { name, type: 'module', private: true, main: 'dist/index.js' };
  for (const [k, v] of Object.entries(want)) if (pkg[k] !== v) problems.push(`package.json ${k} is ${JSON.stringify(pkg[k])}, expected ${JSON.stringify(v)}`);
  const files = Array.isArray(pkg.files) ? pkg.files : [];
  for (const f of shipped) if (!files.includes(f)) problems.push(`package.json files lacks "${f}"`);
  for (const f of ['README.md', 'tsconfig.json', 'src/index.ts']) if (!existsSync(path.join(dir, f))) problems.push(`${f} is missing`);
  if (!existsSync(path.join(dir, 'dist/index.js'))) problems.push('dist/index.js is missing (run npx tsc -b)');
  for (const file of sources(path.join(dir, 'src'))) {
    if (RUNTIME_VALUE_IMPORT.test(readFileSync(file, 'utf8'))) problems.push(`${path.relative(dir, file)} imports @oms/runtime as a value (use import type)`);
  }
  return [...problems, ...dependencyProblems(dir, pkg)];
}

const readPackage = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;

/**
 * The package format of CONTRACT3.md, as a list of problems (empty = conforms). `rootTsconfig` is the
 * repository's tsconfig.json (its references must build the plugin); omit it for a package outside the repo.
 */
export function packageProblems(dir: string, manifest: PluginManifest, rootTsconfig?: string): string[] {
  if (!existsSync(path.join(dir, 'package.json'))) return ['package.json is missing'];
  const pkg = readPackage(dir);
  const folder = path.basename(dir);
  const problems = commonProblems(dir, pkg, `@oms-plugin/${manifest.id}`, ['dist', 'manifest.json', 'README.md']);
  // `_<id>` folders (the template) are skipped by the platform's discovery; their id is still a valid id.
  if (manifest.id !== folder && `_${manifest.id}` !== folder) problems.push(`manifest id ${manifest.id} differs from the folder name ${folder}`);
  if (manifest.main !== 'dist/index.js') problems.push(`manifest main is ${manifest.main}, expected dist/index.js`);
  if (pkg.version !== manifest.version) problems.push(`package.json version ${String(pkg.version)} differs from the manifest's ${manifest.version}`);
  if (rootTsconfig) problems.push(...referenceProblems(dir, rootTsconfig));
  return problems;
}

/** The root `tsc -b` must build the package: the repository's tsconfig.json references its folder. */
function referenceProblems(dir: string, rootTsconfig: string): string[] {
  const refs = (JSON.parse(readFileSync(rootTsconfig, 'utf8')) as { references?: Array<{ path: string }> }).references ?? [];
  return refs.some((r) => path.resolve(path.dirname(rootTsconfig), r.path) === dir) ? [] : [`root tsconfig.json has no reference to plugins/${path.basename(dir)}`];
}

/**
 * A shared library under plugins/ (a workspace package the connectors declare, such as plugins/kit): no manifest
 * (the platform never runs it), `@oms-plugin/<folder>`, ESM, private, built to dist/ by the root `tsc -b`, shipped
 * by `npm pack` (files: dist, README.md), SDK types only, its own value imports declared.
 */
export function libraryProblems(dir: string, rootTsconfig?: string): string[] {
  if (!existsSync(path.join(dir, 'package.json'))) return ['package.json is missing'];
  const problems = commonProblems(dir, readPackage(dir), `@oms-plugin/${path.basename(dir)}`, ['dist', 'README.md']);
  if (existsSync(path.join(dir, 'manifest.json'))) problems.push('a library has no manifest.json (the platform would offer it as a plugin)');
  if (rootTsconfig) problems.push(...referenceProblems(dir, rootTsconfig));
  return problems;
}
