import { Alert, Skeleton } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisualViewProps } from '../definitions/visual-views';
import { asFormDoc, type FormDoc } from './model';

/** The designer with its palette, canvas, panels and preview: its own chunk, loaded when the tab opens. */
const LazyFormDesigner = lazy(() => import('./form-designer'));

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/**
 * The visual view of the editor's one document: it reads the parsed JSON text and writes pretty JSON back,
 * so the JSON view and the designer never disagree; what the designer does not know stays in the object.
 */
export function FormDesignerTab(props: VisualViewProps) {
  const { t } = useTranslation();
  const last = useRef<{ text: string; doc: FormDoc } | null>(null);
  const doc = useMemo((): FormDoc | null => {
    if (last.current?.text === props.text) return last.current.doc;
    try {
      return asFormDoc(JSON.parse(props.text));
    } catch {
      return null;
    }
  }, [props.text]);
  const { setText } = props;
  const onChange = useCallback((next: FormDoc) => {
    const text = pretty(next);
    last.current = { text, doc: next };
    setText(text);
  }, [setText]);
  if (!doc) return <Alert type="warning" showIcon title={t('formDesigner.fixJsonFirst')} data-testid="form-designer-json-broken" />;
  return (
    <Suspense fallback={<Skeleton active />}>
      <LazyFormDesigner doc={doc} onChange={onChange} readOnly={props.readOnly} />
    </Suspense>
  );
}
