const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random 16-character password from the browser's CSPRNG (no look-alike characters). */
export function generatePassword(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 % 56 bias is ≈ 0.4 bits over 16 characters: negligible next to ~93 bits of entropy.
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}
