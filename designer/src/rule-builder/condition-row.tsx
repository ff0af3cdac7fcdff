import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OperandInput } from './operand-input';
import { inMode, operatorsFor, type ConditionChoice, type Operand, type RuleNode, type VariableOption } from './model';

type Leaf = Extract<RuleNode, { kind: 'compare' | 'between' | 'in' | 'truthy' }>;

interface Props {
  node: Leaf;
  variables: readonly VariableOption[];
  onChange(next: RuleNode): void;
}

const firstField = (n: Leaf): Operand | undefined => {
  if (n.kind === 'truthy') return { kind: 'field', path: n.field };
  const sides = n.kind === 'compare' ? [n.left, n.right] : n.kind === 'between' ? [n.mid] : [n.needle, n.haystack];
  return sides.find((s) => s.kind === 'field');
};

function choiceOf(n: Leaf): ConditionChoice {
  return n.kind === 'compare' ? n.op : n.kind === 'between' ? 'between' : n.kind;
}

/** Re-shapes a leaf for another operator, keeping its field and, where it fits, its value. */
function reshape(n: Leaf, choice: ConditionChoice): RuleNode {
  const field = firstField(n) ?? { kind: 'field', path: '' };
  const path = field.kind === 'field' ? field.path : '';
  const other: Operand = n.kind === 'compare' ? (n.left === field ? n.right : n.left) : { kind: 'value', value: '' };
  if (choice === 'truthy') return { kind: 'truthy', op: '!!', wrapped: true, field: path };
  if (choice === 'between') return { kind: 'between', op: '<=', low: { kind: 'value', value: 0 }, mid: field, high: { kind: 'value', value: 0 } };
  if (choice === 'in') return { kind: 'in', needle: field, haystack: { kind: 'value', value: [''] } };
  // The sides stay where they were: a literal on the left remains on the left (never flipped).
  if (n.kind === 'compare') return { ...n, op: choice };
  return { kind: 'compare', op: choice, left: field, right: other };
}

/** A single condition: field, operator offered by the field's type, value or another field. */
export function ConditionRow({ node, variables, onChange }: Props) {
  const { t } = useTranslation();
  const field = firstField(node);
  const kind = variables.find((v) => field?.kind === 'field' && v.path === field.path)?.kind ?? 'unknown';
  const choices = operatorsFor(kind);
  const current = choiceOf(node);
  const opOptions = [...new Set([current, ...choices])].map((c) => ({ value: c, label: t(`ruleBuilder.op.${c}`) }));
  const side = (o: Operand, label: string, set: (o: Operand) => RuleNode) => (
    <OperandInput value={o} variables={variables} label={label} onChange={(v) => onChange(set(v))} />
  );
  const op = (
    <Select aria-label={t('ruleBuilder.operator')} style={{ width: 150 }} value={current} options={opOptions} onChange={(c) => onChange(reshape(node, c))} />
  );
  switch (node.kind) {
    case 'compare':
      return (
        <Space wrap>
          {side(node.left, t('ruleBuilder.left'), (left) => ({ ...node, left }))}
          {op}
          {side(node.right, t('ruleBuilder.right'), (right) => ({ ...node, right }))}
        </Space>
      );
    case 'between':
      return (
        <Space wrap>
          {side(node.low, t('ruleBuilder.low'), (low) => ({ ...node, low }))}
          <Typography.Text>{node.op}</Typography.Text>
          {side(node.mid, t('ruleBuilder.left'), (mid) => ({ ...node, mid }))}
          {op}
          {side(node.high, t('ruleBuilder.high'), (high) => ({ ...node, high }))}
        </Space>
      );
    case 'in':
      return (
        <Space wrap>
          {side(node.needle, t('ruleBuilder.left'), (needle) => ({ ...node, needle }))}
          {op}
          <Typography.Text type="secondary">{t(`ruleBuilder.inMode.${inMode(node.haystack)}`)}</Typography.Text>
          {side(node.haystack, t('ruleBuilder.right'), (haystack) => ({ ...node, haystack }))}
        </Space>
      );
    case 'truthy':
      return (
        <Space wrap>
          {side({ kind: 'field', path: node.field }, t('ruleBuilder.left'), (f) => ({ ...node, field: f.kind === 'field' ? f.path : node.field }))}
          {op}
        </Space>
      );
  }
}
