import { makeIssue, type Issue, type Locale } from '@oms/runtime';

/** An issue whose message is in the caller's locale; the `release.*` texts live in the runtime's catalogue. */
export function issue(path: string, code: string, locale: Locale, params: Record<string, unknown> = {}): Issue {
  return makeIssue(code, path, locale, params);
}
