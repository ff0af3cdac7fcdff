import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { Badge, Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeTypes } from './flow-model';
import { nodeUi } from './node-ui-registry';

export interface FlowNodeData extends Record<string, unknown> {
  type: string;
  label: string;
  outcomes: string[];
  issues: string[];
  /** Test run: the outcome this node left through, or 'entered' when it stopped here. */
  run?: string;
}

export type CanvasNode = Node<FlowNodeData, 'flow'>;

/** One box: icon, title, an issue badge, one source handle per outcome (bottom) and a target handle (top). */
export const FlowNodeView = memo(function FlowNodeView({ id, data, selected }: NodeProps<CanvasNode>) {
  const { i18n } = useTranslation();
  const type = nodeTypes.get(data.type);
  const title = type?.title[i18n.language as 'en'] ?? type?.title.en ?? data.type;
  const isStart = data.type === 'start';
  const hasErrors = data.issues.length > 0;
  return (
    <div className={`fd-node${selected ? ' fd-selected' : ''}${data.run ? ' fd-ran' : ''}${hasErrors ? ' fd-has-errors' : ''}`} data-testid={`node-${id}`} style={{ minWidth: Math.max(180, data.outcomes.length * 80) }}>
      {!isStart && <Handle type="target" position={Position.Top} id="in" />}
      <div className="fd-node-title">
        <span aria-hidden>{nodeUi(data.type)?.icon}</span> <strong>{data.label || id}</strong>
        <div className="fd-node-type">{title}</div>
      </div>
      {hasErrors && (
        <Tooltip title={data.issues.join('\n')}>
          <Badge count={data.issues.length} className="fd-issue-badge" data-testid={`node-issues-${id}`} />
        </Tooltip>
      )}
      {data.run && <div className="fd-run-outcome" data-testid={`run-outcome-${id}`}>{data.run}</div>}
      <div className="fd-outcomes">
        {data.outcomes.map((o, i) => (
          <div key={o} className="fd-outcome" style={{ left: `${((i + 1) / (data.outcomes.length + 1)) * 100}%` }}>
            <span className="fd-outcome-label">{o}</span>
            <Handle type="source" position={Position.Bottom} id={o} data-testid={`handle-${id}-${o}`} />
          </div>
        ))}
      </div>
    </div>
  );
});
