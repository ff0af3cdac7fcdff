import { lazy } from 'react';

/** The flow canvas with React Flow and elkjs: its own chunk, loaded only when the Canvas tab opens. */
export const LazyFlowDesigner = lazy(() => import('./flow-designer'));
export { asFlow } from './flow-model';
