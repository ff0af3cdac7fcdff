import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MASTER_KEY_FILE = 'master.key';

/**
 * The 32-byte key that encrypts connector credentials. `OMS_MASTER_KEY` (64 hex characters or base64 of 32 bytes)
 * wins; else `<dataDir>/master.key`, generated on first use with mode 0600. The key never enters the database, so
 * a dump alone decrypts nothing.
 */
export async function loadMasterKey(opts: { env?: NodeJS.ProcessEnv; dataDir: string }): Promise<Buffer> {
  const fromEnv = (opts.env ?? process.env).OMS_MASTER_KEY;
  if (fromEnv) return parseKey(fromEnv, 'OMS_MASTER_KEY');
  const file = path.join(opts.dataDir, MASTER_KEY_FILE);
  try {
    const text = await readFile(file, 'utf8');
    const mode = (await stat(file)).mode & 0o777;
    if (mode & 0o077) await chmod(file, 0o600); // tighten a copied key file rather than refuse to start
    return parseKey(text.trim(), file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(opts.dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // 'wx': two processes starting at once cannot both write a key; the loser reads the winner's.
    await writeFile(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return parseKey((await readFile(file, 'utf8')).trim(), file);
    throw err;
  }
}

export function parseKey(text: string, source: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error(`${source} must be 32 bytes (64 hex characters or base64)`);
  return key;
}
