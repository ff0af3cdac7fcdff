// Offline Monaco: slim entries plus explicitly bundled workers. Without `loader.config({ monaco })`
// @monaco-editor/react would fetch Monaco from a CDN, and without the worker imports the built app breaks.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

/** JSON Schemas by model URI; Monaco's JSON worker validates each model against its own kind's schema. */
const schemasByModel = new Map<string, Record<string, unknown>>();

export function setModelSchema(modelUri: string, schema: Record<string, unknown> | undefined): void {
  if (schema) schemasByModel.set(modelUri, schema);
  else schemasByModel.delete(modelUri);
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemas: [...schemasByModel].map(([uri, s]) => ({ uri: `${uri}#schema`, fileMatch: [uri], schema: s })),
  });
}

export { monaco };
export type Monaco = typeof monaco;
