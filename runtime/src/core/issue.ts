/**
 * One validation finding. `path` is a JSON Pointer (RFC 6901) into the checked document, e.g.
 * `/nodes/3/config/assignees`, so editors (Monaco, canvas, form designer) can pin it to the right place.
 * `code` is stable and machine-readable; `message` is in the caller's locale.
 */
export interface Issue {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
  /** Absent means 'error'. A 'warning' (e.g. a location tag no location has yet) does not block a publish. */
  severity?: Severity;
}

export type Severity = 'error' | 'warning';

export type Locale = 'en' | 'zh-CN';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** Escape one segment for a JSON Pointer. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Build a JSON Pointer from segments: pointer('nodes', 3, 'config') → '/nodes/3/config'. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + pointerSegment(s)).join('');
}

/** Parse a JSON Pointer back into its segments. */
export function parsePointer(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
