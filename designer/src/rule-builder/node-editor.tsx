import { Button, Card, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionRow } from './condition-row';
import { OpaqueNode } from './opaque-node';
import { lineItemVariables } from './variables';
import { childPaths, newCondition, newGroup, type RuleNode, type VariableOption } from './model';

interface Props {
  node: RuleNode;
  /** JSON Pointer of the node in the rule (shown for opaque parts, matched against the trace). */
  path: string;
  variables: readonly VariableOption[];
  onChange(next: RuleNode): void;
  onRemove?(): void;
  /** Trace marks by path, from the "try it" panel. */
  marks?: ReadonlyMap<string, unknown>;
}

function Mark({ value }: { value: unknown }) {
  const ok = Boolean(value) && !(Array.isArray(value) && value.length === 0);
  return <span aria-label={ok ? 'true' : 'false'}>{ok ? '✓' : '✗'}</span>;
}

/** Renders one node of the visual tree, recursively; groups add and remove their children. */
export function NodeEditor({ node, path, variables, onChange, onRemove, marks }: Props) {
  const { t } = useTranslation();
  const kids = childPaths(node, path);
  const remove = onRemove && (
    <Button size="small" danger onClick={onRemove} aria-label={t('ruleBuilder.remove')}>
      {t('ruleBuilder.remove')}
    </Button>
  );
  const mark = marks?.has(path) ? <Mark value={marks.get(path)} /> : null;
  const child = (c: RuleNode, p: string, set: (n: RuleNode) => void, rm?: () => void, vars = variables) => (
    <NodeEditor key={p} node={c} path={p} variables={vars} onChange={set} onRemove={rm} marks={marks} />
  );
  switch (node.kind) {
    case 'opaque':
      return <Space align="start">{mark}<OpaqueNode json={node.json} path={path} />{remove}</Space>;
    case 'compare':
    case 'between':
    case 'in':
    case 'truthy':
      return <Space wrap>{mark}<ConditionRow node={node} variables={variables} onChange={onChange} />{remove}</Space>;
    case 'not':
      return (
        <Card size="small" title={<Space>{mark}{t('ruleBuilder.not')}</Space>} extra={remove}>
          {child(node.child, kids[0][1], (c) => onChange({ ...node, child: c }))}
        </Card>
      );
    case 'quantifier': {
      const lists = variables.filter((v) => v.kind === 'list');
      return (
        <Card
          size="small"
          extra={remove}
          title={
            <Space>
              {mark}
              <Select aria-label={t('ruleBuilder.quantifier')} value={node.op} onChange={(op) => onChange({ ...node, op })}
                options={(['all', 'some', 'none'] as const).map((q) => ({ value: q, label: t(`ruleBuilder.q.${q}`) }))} />
              <Select aria-label={t('ruleBuilder.over')} value={node.over} style={{ minWidth: 160 }} onChange={(over) => onChange({ ...node, over })}
                options={[...new Set([node.over, ...lists.map((l) => l.path)])].map((p) => ({ value: p, label: p }))} />
            </Space>
          }
        >
          {child(node.condition, kids[0][1], (c) => onChange({ ...node, condition: c }), undefined, lineItemVariables())}
        </Card>
      );
    }
    case 'group':
      return (
        <Card
          size="small"
          extra={remove}
          title={
            <Space>
              {mark}
              <Select aria-label={t('ruleBuilder.combinator')} value={node.op} onChange={(op) => onChange({ ...node, op })}
                options={[{ value: 'and', label: t('ruleBuilder.and') }, { value: 'or', label: t('ruleBuilder.or') }]} />
            </Space>
          }
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {node.children.map((c, i) =>
              child(
                c,
                kids[i][1],
                (n) => onChange({ ...node, children: node.children.map((x, j) => (j === i ? n : x)) }),
                () => onChange({ ...node, children: node.children.filter((_, j) => j !== i) }),
              ),
            )}
            <Space wrap>
              <Button size="small" onClick={() => onChange({ ...node, children: [...node.children, newCondition(variables[0]?.path ?? '')] })}>
                {t('ruleBuilder.addCondition')}
              </Button>
              <Button size="small" onClick={() => onChange({ ...node, children: [...node.children, newGroup()] })}>{t('ruleBuilder.addGroup')}</Button>
              <Button size="small" onClick={() => onChange({ ...node, children: [...node.children, { kind: 'not', wrapped: true, child: newGroup() }] })}>
                {t('ruleBuilder.addNot')}
              </Button>
              <Button size="small" onClick={() => onChange({ ...node, children: [...node.children, { kind: 'quantifier', op: 'some', over: 'lines', condition: newGroup() }] })}>
                {t('ruleBuilder.addQuantifier')}
              </Button>
            </Space>
          </Space>
        </Card>
      );
  }
}
