import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const PACKAGES = ['tryton-server', 'tryton-modules-sale', 'tryton-modules-stock', 'python3-psycopg2'];

/** Versions of the installed trytond + modules (they name the cached template database). */
export async function trytonVersions(): Promise<string> {
  const { stdout } = await exec('dpkg-query', ['-W', '-f', '${Package}=${Version}\n', ...PACKAGES]);
  return stdout.trim();
}

const hasTrytond = () => spawnSync('sh', ['-c', 'command -v trytond && command -v trytond-admin'], { stdio: 'ignore' }).status === 0;

/**
 * trytond 6.0 comes from Debian. When it is missing and we run as root, install it (≈ 12 s); otherwise fail
 * loudly with the command to run: a connector suite never skips silently.
 */
export function ensureTrytond(): void {
  if (hasTrytond()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`trytond is not installed and we are not root. Run: sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { env, encoding: 'utf8' });
  if (r.status !== 0) {
    // A fresh machine may have no package lists yet.
    spawnSync('apt-get', ['update'], { env, stdio: 'ignore' });
    r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { env, encoding: 'utf8' });
  }
  if (r.status !== 0 || !hasTrytond()) {
    throw new Error(`apt-get install of ${PACKAGES.join(' ')} failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  }
}
