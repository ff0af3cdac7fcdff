import { Alert, Skeleton } from 'antd';
import { Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisualViewProps } from '../definitions/visual-views';
import { LazyRoutingDesigner } from './index';
import { parseRoutingDoc, type RoutingDoc } from './routing-doc';

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** The routing designer as a view of the editor's one JSON text: it reads the parsed text and writes pretty JSON back. */
export function RoutingViewTab(props: VisualViewProps) {
  const { t } = useTranslation();
  // The document this view wrote last: its own echo keeps its identity (no re-parse while a slider moves).
  const last = useRef<{ text: string; doc: RoutingDoc } | null>(null);
  const doc = useMemo(() => (last.current?.text === props.text ? last.current.doc : parseRoutingDoc(props.text)), [props.text]);
  const { setText } = props;
  const onChange = useCallback((next: RoutingDoc) => {
    const text = pretty(next);
    last.current = { text, doc: next };
    setText(text);
  }, [setText]);
  if (!doc) return <Alert type="warning" showIcon title={t('routingDesigner.fixJsonFirst')} data-testid="routing-json-broken" />;
  return (
    <Suspense fallback={<Skeleton active />}>
      <LazyRoutingDesigner doc={doc} onChange={onChange} readOnly={props.readOnly} />
    </Suspense>
  );
}
