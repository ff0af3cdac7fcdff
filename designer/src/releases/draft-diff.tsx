import { Skeleton } from 'antd';
import { Suspense } from 'react';
import { EditorFallback } from '../components/editor-fallback';
import { ErrorAlert } from '../components/error-alert';
import { LazyJsonDiffEditor } from '../components/json-editor';
import { useAsync } from '../components/use-async';
import type { DefinitionSummary } from '../api/types';
import { ChangeList } from './change-list';
import { releasesApi } from './releases-api';
import { semanticDiff } from './semantic-diff';

const pretty = (v: unknown) => (v === null ? '' : JSON.stringify(v, null, 2));

/** A draft against its published version: the semantic change list and the side-by-side JSON. */
export function DraftDiff({ d }: { d: DefinitionSummary }) {
  const bodies = useAsync(
    () => Promise.all([releasesApi.published(d.kind, d.key, d.latestVersion), releasesApi.draftBody(d.kind, d.key)]),
    [d.kind, d.key, d.latestVersion, d.revision],
  );
  if (bodies.error) return <ErrorAlert error={bodies.error} onRetry={bodies.reload} />;
  if (!bodies.data) return <Skeleton active />;
  const [pub, draft] = bodies.data;
  return (
    <div data-testid={`draft-diff-${d.kind}-${d.key}`}>
      <ChangeList changes={semanticDiff(d.kind, pub, draft)} />
      <Suspense fallback={<EditorFallback height={300} />}>
        <LazyJsonDiffEditor original={pretty(pub)} modified={pretty(draft)} height={300} />
      </Suspense>
    </div>
  );
}
