import { lstat, mkdir, readdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PluginFiles } from '@oms/runtime';
import { HostFailure } from './host-failure.js';

/**
 * `ctx.files`, done in the host: the child cannot read outside its package folder at all, so the installation's
 * folder is reached only through here. Paths are relative and slash-separated; `..`, absolute paths, NUL and
 * anything whose real path (symlinks resolved) leaves the root are refused.
 */
const denied = (p: string, why: string) => new HostFailure('permanent', 'plugin.path-denied', `${why}: ${p}`);

function relativeParts(p: unknown): string[] {
  if (typeof p !== 'string' || p === '' || p.includes('\0') || p.includes('\\')) throw denied(String(p), 'not a relative path');
  if (p.startsWith('/') || path.isAbsolute(p) || /^[a-zA-Z]:/.test(p)) throw denied(p, 'absolute paths are not allowed');
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  if (parts.includes('..')) throw denied(p, '".." is not allowed');
  return parts;
}

const inside = (root: string, full: string) => full === root || full.startsWith(root + path.sep);
const exists = (e: unknown) => (e as NodeJS.ErrnoException).code !== 'ENOENT';

export function createHostFiles(filesRoot: string): PluginFiles {
  let rootReal: Promise<string> | undefined;
  const root = () => (rootReal ??= mkdir(filesRoot, { recursive: true }).then(() => realpath(filesRoot)));

  /** The real path of an existing entry, which must stay inside the root. */
  async function existing(p: string): Promise<string> {
    const r = await root();
    const full = path.join(r, ...relativeParts(p));
    let real: string;
    try {
      real = await realpath(full);
    } catch (e) {
      if (!exists(e)) throw new HostFailure('permanent', 'plugin.file-not-found', `no such file: ${p}`);
      throw e;
    }
    if (!inside(r, real)) throw denied(p, 'links out of the folder');
    return real;
  }

  /** A path to create: its deepest existing ancestor must be inside the root, the entry itself no symlink. */
  async function target(p: string): Promise<string> {
    const r = await root();
    const parts = relativeParts(p);
    if (parts.length === 0) throw denied(p, 'not a file path');
    const full = path.join(r, ...parts);
    try {
      if ((await lstat(full)).isSymbolicLink()) throw denied(p, 'will not write through a link');
    } catch (e) {
      if (e instanceof HostFailure || exists(e)) throw e;
    }
    for (let dir = path.dirname(full); ; dir = path.dirname(dir)) {
      try {
        if (!inside(r, await realpath(dir))) throw denied(p, 'links out of the folder');
        break;
      } catch (e) {
        if (e instanceof HostFailure || exists(e)) throw e;
      }
    }
    return full;
  }

  return {
    async list(dir) {
      let real: string;
      try {
        real = dir === '' || dir === '.' ? await root() : await existing(dir);
      } catch (e) {
        if (e instanceof HostFailure && e.code === 'plugin.file-not-found') return [];
        throw e;
      }
      const entries = await readdir(real, { withFileTypes: true });
      return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
    },
    async read(p) {
      return readFile(await existing(p), 'utf8');
    },
    async write(p, content) {
      if (typeof content !== 'string') throw new HostFailure('permanent', 'plugin.bad-argument', 'file content must be a string');
      const full = await target(p);
      await mkdir(path.dirname(full), { recursive: true });
      // Beside the target (same file system, so the rename is atomic), hidden: list() and any folder poller that
      // skips dot-files never see a file being written.
      const tmp = path.join(path.dirname(full), `.${path.basename(full)}.${randomUUID()}.tmp`);
      await writeFile(tmp, content);
      await rename(tmp, full);
    },
    async move(from, to) {
      const src = await existing(from);
      const dest = await target(to);
      await mkdir(path.dirname(dest), { recursive: true });
      await rename(src, dest);
    },
  };
}
