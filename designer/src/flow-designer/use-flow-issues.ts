import { validateDefinition, type Issue, type Locale } from '@oms/runtime';
import { useDeferredValue, useMemo } from 'react';
import type { FlowDoc } from './flow-model';

/** The flow kind's own checks (schema and semantics) run in the browser on every change, off the urgent path. */
export function useFlowIssues(doc: FlowDoc, lang: string): Issue[] {
  const deferred = useDeferredValue(doc);
  return useMemo(() => validateDefinition(deferred, { locale: (lang === 'zh-CN' ? 'zh-CN' : 'en') as Locale }), [deferred, lang]);
}
