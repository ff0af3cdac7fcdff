import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for connector credentials. The additional data binds a ciphertext to its tenant and installation,
 * so a row copied onto another installation does not decrypt. Format: `v1:<iv>:<tag>:<data>` (base64url).
 */
export interface CredentialCipher {
  encrypt(value: Record<string, unknown>, context: string): string;
  decrypt(sealed: string, context: string): Record<string, unknown>;
}

export function createCredentialCipher(key: Buffer): CredentialCipher {
  if (key.length !== 32) throw new Error('credential key must be 32 bytes');
  return {
    encrypt(value, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
    },
    decrypt(sealed, context) {
      const [v, iv, tag, data] = sealed.split(':');
      if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('credentials: unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      return JSON.parse(text) as Record<string, unknown>;
    },
  };
}

export const credentialContext = (tenantId: string, installationId: string) => `oms-credentials:${tenantId}:${installationId}`;
