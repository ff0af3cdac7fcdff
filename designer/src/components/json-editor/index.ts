import { lazy } from 'react';
import { loadMonacoMessages } from './monaco-nls';

// Monaco is ~1 MB gzipped: it loads only when an editor is on screen (its zh-CN texts first, when needed).
export const LazyJsonEditor = lazy(() => loadMonacoMessages().then(() => import('./json-editor')));
export const LazyJsonDiffEditor = lazy(() => loadMonacoMessages().then(() => import('./json-diff-editor')));
export type { JsonEditorHandle, JsonEditorProps } from './json-editor';
export type { EditorIssue } from './issue-markers';
