import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { editor } from 'monaco-editor/editor';
import './monaco-setup';

/**
 * Read-only side-by-side diff of two JSON texts.
 * @monaco-editor/react disposes the two models before the diff widget on unmount, which Monaco reports as
 * "TextModel got disposed before DiffEditorWidget model got reset". So the wrapper keeps the models and this
 * component detaches them from the widget first, then disposes them (parent effects clean up before children).
 */
export default function JsonDiffEditor({ original, modified, height = 420 }: { original: string; modified: string; height?: number }) {
  const { t } = useTranslation();
  const ref = useRef<editor.IStandaloneDiffEditor | null>(null);
  const onMount: DiffOnMount = (ed) => {
    ref.current = ed;
    // Name each side's input for assistive technology (the diff options alone do not reach Monaco's EditContext).
    ed.getOriginalEditor().updateOptions({ ariaLabel: t('defx.diffOriginal') });
    ed.getModifiedEditor().updateOptions({ ariaLabel: t('defx.diffModified') });
  };
  useEffect(() => () => {
    const ed = ref.current;
    ref.current = null;
    const models = ed?.getModel();
    try {
      ed?.setModel(null);
    } catch {
      /* already disposed */
    }
    models?.original.dispose();
    models?.modified.dispose();
  }, []);
  return (
    <div data-testid="json-diff-editor" style={{ border: '1px solid #d9d9d9', borderRadius: 6, overflow: 'hidden' }}>
      <DiffEditor
        height={height}
        language="json"
        original={original}
        modified={modified}
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={onMount}
        // Both sides are text inputs to assistive technology: they need names (axe aria-input-field-name).
        options={{ readOnly: true, minimap: { enabled: false }, automaticLayout: true, renderSideBySide: true, originalAriaLabel: t('defx.diffOriginal'), modifiedAriaLabel: t('defx.diffModified') }}
      />
    </div>
  );
}
