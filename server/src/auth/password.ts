import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id is an ambient const enum (unusable under isolatedModules): its value is 2.
const OPTIONS = { algorithm: 2 as const };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the user does not exist keeps response times alike (no user probing).
let dummy: Promise<string> | undefined;
export async function burnVerify(password: string): Promise<void> {
  dummy ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummy, password);
}
