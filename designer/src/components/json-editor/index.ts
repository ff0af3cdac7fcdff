import { lazy } from 'react';

// Monaco is ~1 MB gzipped: it loads only when an editor is on screen.
export const LazyJsonEditor = lazy(() => import('./json-editor'));
export const LazyJsonDiffEditor = lazy(() => import('./json-diff-editor'));
export type { JsonEditorHandle, JsonEditorProps } from './json-editor';
export type { EditorIssue } from './issue-markers';
