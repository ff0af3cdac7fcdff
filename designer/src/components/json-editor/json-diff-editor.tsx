import { DiffEditor } from '@monaco-editor/react';
import './monaco-setup';

/** Read-only side-by-side diff of two JSON texts. */
export default function JsonDiffEditor({ original, modified, height = 420 }: { original: string; modified: string; height?: number }) {
  return (
    <div data-testid="json-diff-editor" style={{ border: '1px solid #d9d9d9', borderRadius: 6, overflow: 'hidden' }}>
      <DiffEditor
        height={height}
        language="json"
        original={original}
        modified={modified}
        options={{ readOnly: true, minimap: { enabled: false }, automaticLayout: true, renderSideBySide: true }}
      />
    </div>
  );
}
