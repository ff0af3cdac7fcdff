import path from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { HttpError } from '../../http/errors.js';

export interface PackageLimits {
  /** Sum of the unpacked file sizes. */
  maxUnpackedBytes: number;
  maxEntries: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxUnpackedBytes: 50 * 1024 * 1024, maxEntries: 5000 };

const bad = (code: string, message: string, details?: object, status = 400) =>
  new HttpError(status, code, message, { path: '', ...(details ? { details } : {}) });

/**
 * Read an npm tarball (`npm pack`: every entry under `package/`) into memory with npm's own tar parser, refusing
 * anything that could escape the install folder: absolute paths, `..` segments, links, devices. Sizes are checked
 * while reading (a gzip bomb stops at the cap). Returns the files relative to `package/`.
 */
export function readPackageTgz(buf: Buffer, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): Promise<Map<string, Buffer>> {
  if (buf.length < 2 || buf[0] !== 0x1f || buf[1] !== 0x8b) {
    return Promise.reject(bad('plugin.package-not-gzip', 'The upload is not a gzip-compressed tarball (.tgz)'));
  }
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    let total = 0;
    let entries = 0;
    let failed: HttpError | undefined;
    const fail = (e: HttpError) => {
      if (!failed) failed = e;
    };
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        if (failed) return void entry.resume();
        entries++;
        const name = entry.path;
        if (entries > limits.maxEntries) fail(bad('plugin.package-too-many-files', `More than ${limits.maxEntries} entries`, undefined, 413));
        const rel = safeRelative(name);
        if (rel === undefined) fail(bad('plugin.package-unsafe-path', `Entry "${name}" would be written outside the package folder`, { entry: name }));
        else if (entry.type !== 'File' && entry.type !== 'Directory' && entry.type !== 'OldFile') {
          fail(bad('plugin.package-unsafe-entry', `Entry "${name}" is a ${entry.type}: only files and folders are allowed`, { entry: name, type: entry.type }));
        }
        if (failed || entry.type === 'Directory' || rel === '') return void entry.resume();
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => {
          total += c.length;
          if (total > limits.maxUnpackedBytes) fail(bad('plugin.package-too-large', `Unpacked size exceeds ${limits.maxUnpackedBytes} bytes`, undefined, 413));
          else chunks.push(c);
        });
        entry.on('end', () => {
          if (!failed) files.set(rel!, Buffer.concat(chunks));
        });
      },
    });
    parser.on('warn', (code: string, message: string) => fail(bad('plugin.package-invalid', `Not a valid tarball: ${message}`, { tar: code })));
    // A broken gzip stream ends in 'error' without 'end'.
    parser.on('error', (err: Error) => {
      fail(bad('plugin.package-invalid', `Not a valid tarball: ${err.message}`));
      reject(failed);
    });
    parser.on('end', () => (failed ? reject(failed) : entries === 0 ? reject(bad('plugin.package-invalid', 'The tarball is empty')) : resolve(files)));
    parser.end(buf);
  });
}

/** `package/dist/index.js` → `dist/index.js`; undefined for anything outside `package/` or escaping it. */
function safeRelative(name: string): string | undefined {
  if (name.includes('\\') || name.includes('\0') || path.posix.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return undefined;
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts[0] !== 'package' || parts.some((p) => p === '..')) return undefined;
  return parts.slice(1).join('/');
}
