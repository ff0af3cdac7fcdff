import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Config, PanelProps } from './panel-props';
import { JsonField } from './json-field';

interface Branch { outcome: string; when: unknown; title?: Config }

/**
 * Decision: ordered branches, each an outcome (one handle on the canvas) and its rule. The rule is a JSON
 * field until the visual rule builder lands; `default` is always there.
 */
export function DecisionPanel({ node, onChange }: PanelProps) {
  const { t } = useTranslation();
  const c = (node.config ?? {}) as Config;
  const branches = (Array.isArray(c.branches) ? c.branches : []) as Branch[];
  const set = (next: Branch[]) => onChange({ ...c, branches: next }, 'branches');
  return (
    <Form layout="vertical" size="small">
      {branches.map((b, i) => (
        <Space key={i} direction="vertical" style={{ width: '100%', marginBottom: 8 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input aria-label={t('flowDesigner.field.outcome')} data-testid={`branch-outcome-${i}`} value={b.outcome}
              onChange={(e) => set(branches.map((x, j) => (j === i ? { ...x, outcome: e.target.value } : x)))} />
            <Button aria-label={t('flowDesigner.remove')} onClick={() => set(branches.filter((_, j) => j !== i))}>×</Button>
          </Space.Compact>
          <label htmlFor={`fd-${node.id}-when-${i}`}>{t('flowDesigner.field.when')}</label>
          <JsonField id={`fd-${node.id}-when-${i}`} testId={`branch-when-${i}`} value={b.when}
            onChange={(v) => set(branches.map((x, j) => (j === i ? { ...x, when: v ?? true } : x)))} />
        </Space>
      ))}
      <Button size="small" data-testid="add-branch"
        onClick={() => set([...branches, { outcome: `branch-${branches.length + 1}`, when: { '>': [{ var: 'order.totals.total' }, 0] } }])}>
        {t('flowDesigner.addBranch')}
      </Button>
    </Form>
  );
}
