import type { ComponentType } from 'react';
import type { DefinitionKind } from '../api/types';
import { FlowCanvasTab } from '../flow-designer/flow-canvas-tab';
import { FormDesignerTab } from '../form-designer/form-designer-tab';
import { ReviewDesignerTab } from '../review-designer/review-designer-tab';
import { RoutingViewTab } from '../routing-designer/routing-view-tab';

/** What a visual designer gets: the editor's one JSON document (text), kept in sync with the JSON view. */
export interface VisualViewProps {
  text: string;
  setText(text: string): void;
  readOnly?: boolean;
  defKey: string;
}

export interface VisualView {
  /** i18n key of the tab label. */
  labelKey: string;
  /** data-testid of the tab label. */
  testId: string;
  component: ComponentType<VisualViewProps>;
}

/**
 * The visual designer of each definition kind, registered under the runtime's kind key (one entry per kind;
 * a kind without one shows the JSON view only). Each designer owns its own lazy chunk.
 */
export const VISUAL_VIEWS: Partial<Record<DefinitionKind, VisualView>> = {
  flow: { labelKey: 'flowDesigner.canvasView', testId: 'view-canvas', component: FlowCanvasTab },
  form: { labelKey: 'formDesigner.tab', testId: 'view-form-designer', component: FormDesignerTab },
  review: { labelKey: 'formDesigner.tab', testId: 'view-review-designer', component: ReviewDesignerTab },
  routing: { labelKey: 'routingDesigner.tab', testId: 'view-routing', component: RoutingViewTab },
};

