import { lazy } from 'react';

/** The routing designer (rule builder, ranking, replay): its own chunk, loaded when its tab opens. */
export const LazyRoutingDesigner = lazy(() => import('./routing-designer'));
