import { dictionary } from '@zxcvbn-ts/language-common';
import { HttpError } from '../http/errors.js';

export const MIN_PASSWORD_LENGTH = 10;

// zxcvbn-ts's list of ~49,000 leaked passwords, lowercased once (the comparison ignores case).
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

export type PasswordProblem = 'password.too-short' | 'password.too-common';

/** Why a password a person chose is not acceptable, or null. Length counts code points, not UTF-16 units. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password.too-short';
  if (commonPasswords().has(password.toLowerCase())) return 'password.too-common';
  return null;
}

const MESSAGES: Record<PasswordProblem, string> = {
  'password.too-short': `Use at least ${MIN_PASSWORD_LENGTH} characters`,
  'password.too-common': 'This password is on a list of commonly used passwords; choose another',
};

/** 400 with a stable code and the JSON Pointer of the body field, for every password a person sets. */
export function assertAcceptablePassword(password: string, path: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new HttpError(400, problem, MESSAGES[problem], { path, details: { in: 'body' } });
}

export const passwordMessage = (problem: PasswordProblem) => MESSAGES[problem];
