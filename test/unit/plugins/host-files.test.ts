import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostFiles } from '../../../server/src/plugins/host/host-files.js';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'p1-hostfiles-'));
  root = path.join(base, 'root');
  await mkdir(path.join(root, 'in'), { recursive: true });
  await writeFile(path.join(base, 'secret.txt'), 'outside');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'in', 'link.txt'));
  await symlink(base, path.join(root, 'up'));
});

afterAll(() => rm(base, { recursive: true, force: true }));

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

describe('ctx.files in the host', () => {
  it('writes atomically, lists files only, reads and moves inside the root', async () => {
    const f = createHostFiles(root);
    await f.write('in/945-001.edi', 'ISA');
    await f.write('in/sub/deep.txt', 'x');
    expect(await f.list('in')).toEqual(['945-001.edi']);
    expect(await f.read('in/945-001.edi')).toBe('ISA');
    await f.move('in/945-001.edi', 'archive/945-001.edi');
    expect(await f.list('archive')).toEqual(['945-001.edi']);
    expect(await f.list('missing')).toEqual([]);
    expect(await readFile(path.join(root, 'archive/945-001.edi'), 'utf8')).toBe('ISA');
  });

  it('never lists a file while it is being written (its temporary file is hidden)', async () => {
    const f = createHostFiles(root);
    const names = Array.from({ length: 20 }, (_, i) => `940-${i}.x12`);
    const big = 'W'.repeat(1 << 20);
    let done = false;
    const writes = Promise.all(names.map((n) => f.write(`out/${n}`, big))).then(() => void (done = true));
    const seen = new Set<string>();
    while (!done) for (const n of await f.list('out')) seen.add(n);
    await writes;
    expect([...seen].filter((n) => !names.includes(n))).toEqual([]);
    expect(await f.list('out')).toEqual([...names].sort());
  });

  it.each([
    ['../secret.txt'], ['in/../../secret.txt'], ['/etc/passwd'], ['in\\..\\x'], ['in/link.txt'], ['up/secret.txt'], [''], ['a\0b'],
  ])('refuses %j', async (p) => {
    const f = createHostFiles(root);
    expect(await code(f.read(p))).toBe('plugin.path-denied');
  });

  it('refuses to write or move through links out of the root', async () => {
    const f = createHostFiles(root);
    expect(await code(f.write('up/dropped.txt', 'x'))).toBe('plugin.path-denied');
    expect(await code(f.write('in/link.txt', 'x'))).toBe('plugin.path-denied');
    expect(await code(f.move('in/sub/deep.txt', 'up/deep.txt'))).toBe('plugin.path-denied');
    expect(await readFile(path.join(base, 'secret.txt'), 'utf8')).toBe('outside');
  });

  it('a missing file is plugin.file-not-found', async () => {
    expect(await code(createHostFiles(root).read('in/none.txt'))).toBe('plugin.file-not-found');
  });
});
