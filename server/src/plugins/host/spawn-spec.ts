import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunnablePlugin } from './runner-types.js';

/**
 * How a plugin child is started: Node's permission model with file reads limited to the child entry's folder,
 * the plugin's package and its declared dependencies (no `--allow-fs-write`, `--allow-child-process`,
 * `--allow-worker`: each is denied), a V8 heap cap, and an environment with nothing of the parent's in it.
 */
function findChildFolder(): string {
  const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child');
  if (existsSync(path.join(here, 'child-entry.js'))) return here;
  // Running from TypeScript sources (tests, tsx): the child always runs the compiled JS of `tsc -b`.
  const parts = here.split(path.sep);
  const i = parts.lastIndexOf('src');
  if (i > 0) parts[i] = 'dist';
  return parts.join(path.sep);
}

export const childFolder = findChildFolder();
export const childEntry = path.join(childFolder, 'child-entry.js');

export interface SpawnSpec {
  entry: string;
  args: string[];
  execArgv: string[];
  env: Record<string, string>;
  cwd: string;
  readPaths: string[];
}

/**
 * The folder of a dependency as Node would resolve it from the plugin: the nearest `node_modules/<name>` up the
 * tree, as its real path and the path Node reads it by (a workspace package such as @oms-plugin/kit is a link
 * `node_modules/@oms-plugin/kit → plugins/kit`, and Node 20's loader reads the module through the link's path).
 */
function dependencyFolder(pluginDir: string, name: string): { real: string; link: string } | undefined {
  for (let dir = pluginDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return { real: realpathSync(candidate), link: candidate };
    if (path.dirname(dir) === dir) return undefined;
  }
}

function declaredDependencies(pluginDir: string): string[] {
  try {
    const pkg = JSON.parse(readFileSync(path.join(pluginDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    return Object.keys(pkg.dependencies ?? {});
  } catch {
    return [];
  }
}

/**
 * The folders of the plugin's declared dependencies and of theirs, transitively, each resolved from the folder
 * that requires it (in a workspace npm hoists them to the root node_modules, e.g. standardwebhooks →
 * @stablelib/base64, fast-sha256): the child may read exactly those, nothing else under node_modules.
 */
function dependencyClosure(pluginDir: string, max = 500): string[] {
  const seen = new Set<string>();
  const links = new Set<string>();
  const queue: Array<[string, string]> = declaredDependencies(pluginDir)
    .filter((name) => name !== '@oms/runtime') // type-only for plugins; never readable by the child
    .map((name) => [pluginDir, name]);
  while (queue.length && seen.size < max) {
    const [from, name] = queue.shift()!;
    const found = dependencyFolder(from, name);
    if (!found) continue;
    if (found.link !== found.real) links.add(found.link);
    const folder = found.real;
    if (seen.has(folder) || folder === pluginDir) continue;
    seen.add(folder);
    for (const dep of declaredDependencies(folder)) if (dep !== '@oms/runtime') queue.push([folder, dep]);
  }
  return [...seen, ...[...links].filter((l) => !seen.has(l))];
}

export function buildSpawnSpec(plugin: RunnablePlugin, memoryMb: number): SpawnSpec {
  const dir = realpathSync(plugin.dir);
  const main = path.resolve(dir, plugin.manifest.main ?? 'index.js');
  if (main !== dir && !main.startsWith(dir + path.sep)) throw new Error(`manifest.main leaves the package: ${plugin.manifest.main}`);
  const deps = dependencyClosure(dir);
  const readPaths = [realpathSync(childFolder), dir, ...deps];
  return {
    entry: childEntry,
    args: [main],
    execArgv: [
      '--experimental-permission',
      ...readPaths.map((p) => `--allow-fs-read=${p}`),
      `--max-old-space-size=${memoryMb}`,
      '--disable-warning=ExperimentalWarning',
    ],
    // Only what the child needs; never the parent's environment (database URL, master key, tokens).
    env: { NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'development' },
    cwd: dir,
    readPaths,
  };
}

const within = (roots: string[], p: string) => roots.some((r) => p === r || p.startsWith(r + path.sep));

/**
 * Node 20's permission model checks the path it is given, not where a symlink leads: a link inside the package
 * to /etc/passwd would be readable. So the host refuses to start a package holding a link that leaves the
 * readable folders (bounded walk; an uploaded tarball is unpacked by p2, which may also strip links).
 */
export function findEscapingLink(spec: SpawnSpec, maxEntries = 20_000): string | undefined {
  const roots = spec.readPaths;
  const stack = [spec.cwd];
  let seen = 0;
  while (stack.length) {
    const dir = stack.pop()!;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (++seen > maxEntries) return `${dir} (more than ${maxEntries} entries)`;
      const full = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(full);
        } catch {
          continue; // dangling: reads fail anyway
        }
        if (!within(roots, real)) return full;
      } else if (e.isDirectory()) stack.push(full);
    }
  }
  return undefined;
}
