import { createHash } from 'node:crypto';
import { canonicalJson } from '@oms/runtime';

/** sha256 (hex) of the canonical JSON text: the same content always has the same checksum. */
export function checksumOf(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}
