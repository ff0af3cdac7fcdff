import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Where the designer wraps an antd component to fix a fault of it once, every screen must use the wrapper. Add a
 * row when a new wrapper appears.
 */
const WRAPPED: { name: string; wrapper: string; why: string }[] = [
  { name: 'Drawer', wrapper: 'designer/src/components/drawer.tsx', why: 'focus goes back to the opener only if nothing else took it' },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The names a file imports from 'antd' (`import { A, B as C } from 'antd'`). */
export function antdImports(source: string): string[] {
  return [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g)]
    .flatMap((m) => m[1].split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]).filter(Boolean));
}

describe('designer screens use the wrappers of faulty antd components', () => {
  it('the import reader sees plain, renamed and type imports', () => {
    expect(antdImports("import { App, Drawer as D, type DrawerProps } from 'antd';")).toEqual(['App', 'Drawer', 'DrawerProps']);
  });

  const sources = files('designer/src').map((f) => [f, readFileSync(path.join(root, f), 'utf8')] as const);
  it.each(WRAPPED)('$name only through $wrapper ($why)', ({ name, wrapper }) => {
    const offenders = sources.filter(([f, s]) => f !== wrapper && antdImports(s).includes(name)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });
});
