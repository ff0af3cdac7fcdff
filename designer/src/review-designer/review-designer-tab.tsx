import { Alert, Skeleton } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisualViewProps } from '../definitions/visual-views';
import { asReviewDoc, type ReviewDoc } from './model';

const LazyReviewDesigner = lazy(() => import('./review-designer'));

/** The visual view of a `review` definition over the editor's one JSON text (both views stay in sync). */
export function ReviewDesignerTab(props: VisualViewProps) {
  const { t } = useTranslation();
  const last = useRef<{ text: string; doc: ReviewDoc } | null>(null);
  const doc = useMemo((): ReviewDoc | null => {
    if (last.current?.text === props.text) return last.current.doc;
    try {
      return asReviewDoc(JSON.parse(props.text));
    } catch {
      return null;
    }
  }, [props.text]);
  const { setText } = props;
  const onChange = useCallback((next: ReviewDoc) => {
    const text = JSON.stringify(next, null, 2);
    last.current = { text, doc: next };
    setText(text);
  }, [setText]);
  if (!doc) return <Alert type="warning" showIcon title={t('formDesigner.fixJsonFirst')} data-testid="review-designer-json-broken" />;
  return (
    <Suspense fallback={<Skeleton active />}>
      <LazyReviewDesigner doc={doc} onChange={onChange} readOnly={props.readOnly} />
    </Suspense>
  );
}
