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

/** Pin server (or runtime) issues to the text they point at, as error markers. */
export function setIssueMarkers(monaco: Monaco, model: editor.ITextModel, issues: readonly EditorIssue[]): void {
  monaco.editor.setModelMarkers(
    model,
    ISSUE_MARKER_OWNER,
    issues.map((i) => ({
      ...rangeForPointer(model, i.path),
      severity: monaco.MarkerSeverity.Error,
      message: `${i.message} (${i.path || '/'})`,
      code: i.code,
      source: 'OMS',
    })),
  );
}
