import type { editor } from 'monaco-editor/editor';
import type { Monaco } from './monaco-setup';
import { locatePointer } from './pointer-locator';

export interface EditorIssue {
  path: string;
  code: string;
  message: string;
}

/** Owner name of our markers, distinct from Monaco's own JSON schema markers. */
export const ISSUE_MARKER_OWNER = 'oms-validation';

export function rangeForPointer(model: editor.ITextModel, pointer: string) {
  const r = locatePointer(model.getValue(), pointer);
  const start = model.getPositionAt(r.start);
  const end = model.getPositionAt(Math.max(r.end, r.start + 1));
  return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}

/** Owner of live (in-browser runtime) semantic checks, shown as warnings until the server confirms. */
export const LIVE_MARKER_OWNER = 'oms-live';

/** Pin server (or runtime) issues to the text they point at, as markers. */
export function setIssueMarkers(
  monaco: Monaco,
  model: editor.ITextModel,
  issues: readonly EditorIssue[],
  owner = ISSUE_MARKER_OWNER,
): void {
  const severity = owner === LIVE_MARKER_OWNER ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error;
  monaco.editor.setModelMarkers(
    model,
    owner,
    issues.map((i) => ({
      ...rangeForPointer(model, i.path),
      severity,
      message: `${i.message} (${i.path || '/'})`,
      code: i.code,
      source: 'OMS',
    })),
  );
}
