import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Value imports (not `import type`) of bare package names: what the child process must be able to read. */
const VALUE_IMPORT = /^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"./][^'"]*)['"]/gm;

export function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/**
 * The dependency rules of a plugin or kit package: every package its `src/` imports as a value is declared in
 * `dependencies` (the host lets the child read declared dependencies only), and every workspace package it
 * declares (`@oms-plugin/*`, such as the kit) is in `bundleDependencies`, so `npm pack` puts it into the
 * uploaded tarball (an upload is never `npm install`ed). `@oms/runtime` is refused elsewhere (type-only).
 */
export function dependencyProblems(dir: string, pkg: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const deps = Object.keys((pkg.dependencies as Record<string, string> | undefined) ?? {});
  const bundled = Array.isArray(pkg.bundleDependencies) ? (pkg.bundleDependencies as string[]) : [];
  for (const file of sourceFiles(path.join(dir, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(VALUE_IMPORT)) {
      const name = packageOf(m[1]);
      if (name.startsWith('node:') || name === '@oms/runtime' || deps.includes(name)) continue;
      problems.push(`${path.relative(dir, file)} imports ${name}, which package.json dependencies do not declare`);
    }
  }
  for (const name of deps) {
    if (name.startsWith('@oms-plugin/') && !bundled.includes(name)) problems.push(`package.json bundleDependencies lacks "${name}" (npm pack must carry it)`);
  }
  return [...new Set(problems)];
}
