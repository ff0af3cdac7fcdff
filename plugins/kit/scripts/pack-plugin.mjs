#!/usr/bin/env node
// Packs a connector into the .tgz an admin uploads, with its @oms-plugin/* workspace dependencies (the kit) inside.
// Inside the workspace `npm pack` does not bundle them: npm links workspace packages (node_modules/@oms-plugin/kit
// → plugins/kit) and leaves linked bundleDependencies out of the tarball. So this copies the plugin's package files
// to a staging folder, unpacks each bundled workspace package's own `npm pack` there as a real
// node_modules/<name>/, and runs `npm pack` in it. Usage: node plugins/kit/scripts/pack-plugin.mjs <plugin-dir> [out-dir]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const npm = (args, cwd) => JSON.parse(execFileSync('npm', [...args, '--json', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));

/** The folder a dependency resolves to from `dir` (nearest node_modules up the tree), as a real path. */
function resolveFolder(dir, name) {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(d) === d) throw new Error(`${name} is not installed for ${dir} (run npm install and npx tsc -b)`);
  }
}

export function packPlugin(pluginDir, outDir = process.cwd()) {
  const dir = path.resolve(pluginDir);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const stage = mkdtempSync(path.join(os.tmpdir(), 'oms-pack-'));
  try {
    for (const f of ['package.json', ...(pkg.files ?? [])]) if (existsSync(path.join(dir, f))) cpSync(path.join(dir, f), path.join(stage, f), { recursive: true });
    for (const name of pkg.bundleDependencies ?? []) {
      const [{ filename }] = npm(['pack', '--pack-destination', stage], resolveFolder(dir, name));
      const target = path.join(stage, 'node_modules', name);
      mkdirSync(path.dirname(target), { recursive: true });
      execFileSync('tar', ['-xzf', path.join(stage, filename), '-C', path.dirname(target)]);
      renameSync(path.join(path.dirname(target), 'package'), target);
      rmSync(path.join(stage, filename));
    }
    const [{ filename }] = npm(['pack', '--pack-destination', path.resolve(outDir)], stage);
    return path.join(path.resolve(outDir), filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(new URL(import.meta.url).pathname)) {
  if (!process.argv[2]) {
    console.error('usage: node plugins/kit/scripts/pack-plugin.mjs <plugin-dir> [out-dir]');
    process.exit(2);
  }
  console.log(packPlugin(process.argv[2], process.argv[3]));
}
