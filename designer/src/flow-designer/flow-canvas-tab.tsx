import { Alert, Skeleton } from 'antd';
import { Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asFlow, type FlowDoc } from './flow-model';
import { LazyFlowDesigner } from './index';

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/**
 * The canvas view of the editor's one document (the JSON text): the canvas reads the parsed text and writes
 * pretty JSON back, so the JSON tab and the canvas never disagree.
 */
export function FlowCanvasTab(props: { text: string; setText(text: string): void; readOnly?: boolean }) {
  const { t } = useTranslation();
  // the document the canvas wrote last, so its own echo is not parsed again (and keeps its identity)
  const last = useRef<{ text: string; doc: FlowDoc } | null>(null);
  const parsed = useMemo((): FlowDoc | null => {
    if (last.current?.text === props.text) return last.current.doc;
    try {
      return asFlow(JSON.parse(props.text));
    } catch {
      return null;
    }
  }, [props.text]);
  const { setText } = props;
  const onChange = useCallback((doc: FlowDoc) => {
    const text = pretty(doc);
    last.current = { text, doc };
    setText(text);
  }, [setText]);
  if (!parsed) return <Alert type="warning" showIcon title={t('flowDesigner.fixJsonFirst')} data-testid="canvas-json-broken" />;
  return (
    <Suspense fallback={<Skeleton active />}>
      <LazyFlowDesigner doc={parsed} onChange={onChange} readOnly={props.readOnly} />
    </Suspense>
  );
}
