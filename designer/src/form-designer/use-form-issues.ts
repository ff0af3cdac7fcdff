import { validateDefinition, type Issue, type Locale } from '@oms/runtime';
import { useMemo } from 'react';
import { issueTarget, type FormDoc, type IssueTarget } from './model';

export interface PinnedIssue extends Issue {
  target: IssueTarget;
}

/** The runtime's checks of the form (schema and meaning), each pinned to the field and property it concerns. */
export function useFormIssues(doc: FormDoc, locale: Locale): PinnedIssue[] {
  return useMemo(() => validateDefinition(doc, { locale }).map((i) => ({ ...i, target: issueTarget(doc, i.path) })), [doc, locale]);
}

export function issuesOf(issues: readonly PinnedIssue[], field: string): PinnedIssue[] {
  return issues.filter((i) => i.target.field === field);
}
