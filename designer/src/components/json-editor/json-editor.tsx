import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';
import { LIVE_MARKER_OWNER, rangeForPointer, setIssueMarkers, type EditorIssue } from './issue-markers';
import { monaco, setModelSchema } from './monaco-setup';

/** What the page can do with a mounted editor (it is lazy-loaded, so the page gets it via onReady). */
export interface JsonEditorHandle {
  revealPointer(pointer: string): void;
  /** Pretty-print in place (undoable) and scroll to the top; false when the text is not valid JSON. */
  format(): boolean;
}

export interface JsonEditorProps {
  /** Model URI, one per document, e.g. `inmemory://oms/form/retail-order.json`. */
  path: string;
  value: string;
  onChange?(value: string): void;
  schema?: Record<string, unknown>;
  issues?: readonly EditorIssue[];
  /** Issues found in the browser as you type (semantic checks of the runtime), shown as warnings. */
  liveIssues?: readonly EditorIssue[];
  readOnly?: boolean;
  height?: number | string;
  onReady?(handle: JsonEditorHandle): void;
  /** Ctrl/Cmd+S inside the editor. */
  onSave?(): void;
}

export default function JsonEditor(props: JsonEditorProps) {
  const { path, value, onChange, schema, issues = [], liveIssues = [], readOnly, height = 480, onReady } = props;
  // The command is registered once at mount; a ref keeps it calling the latest onSave.
  const onSaveRef = useRef(props.onSave);
  onSaveRef.current = props.onSave;
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => setModelSchema(path, schema), [path, schema]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) setIssueMarkers(monaco, model, issues);
  }, [issues, value]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) setIssueMarkers(monaco, model, liveIssues, LIVE_MARKER_OWNER);
  }, [liveIssues]);

  const onMount: OnMount = (ed) => {
    editorRef.current = ed;
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => onSaveRef.current?.());
    const model = ed.getModel();
    if (model) setIssueMarkers(monaco, model, issues);
    onReady?.({
      revealPointer(pointer) {
        const m = ed.getModel();
        if (!m) return;
        const range = rangeForPointer(m, pointer);
        ed.setSelection(range);
        ed.revealRangeInCenter(range);
        ed.focus();
      },
      format() {
        const m = ed.getModel();
        if (!m) return false;
        let pretty: string;
        try {
          pretty = JSON.stringify(JSON.parse(m.getValue()), null, 2);
        } catch {
          return false;
        }
        ed.pushUndoStop();
        ed.executeEdits('oms-format', [{ range: m.getFullModelRange(), text: pretty }]);
        ed.pushUndoStop();
        ed.setPosition({ lineNumber: 1, column: 1 });
        ed.setScrollPosition({ scrollLeft: 0, scrollTop: 0 });
        return true;
      },
    });
  };

  return (
    <div data-testid="json-editor" style={{ border: '1px solid #d9d9d9', borderRadius: 6, overflow: 'hidden' }}>
      <Editor
        height={height}
        language="json"
        path={path}
        value={value}
        onChange={(v) => onChange?.(v ?? '')}
        onMount={onMount}
        options={{
          readOnly,
          minimap: { enabled: false },
          automaticLayout: true,
          scrollBeyondLastLine: false,
          tabSize: 2,
          fontSize: 13,
          fixedOverflowWidgets: true,
        }}
      />
    </div>
  );
}
