import type { RoutingRule } from '@oms/runtime';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocProps } from './doc-props';
import { RuleCard } from './rule-card';
import { move, nextRuleId, setIn } from './routing-doc';
import type { SelectorOptions } from './selector-fields';

/** The ordered rule list: rules apply top to bottom (`stop` ends the list). */
export function RulesPanel({ doc, onChange, readOnly, options }: DocProps & { options: SelectorOptions }) {
  const { t } = useTranslation();
  const rules = (doc.rules ?? []) as Array<RoutingRule & Record<string, unknown>>;
  const write = (next: RoutingRule[]) => onChange(setIn(doc, ['rules'], next.length ? next : undefined));
  return (
    <div data-testid="rules-panel">
      {rules.length === 0 && <Typography.Paragraph type="secondary">{t('routingDesigner.rules.none')}</Typography.Paragraph>}
      {rules.map((r, i) => (
        <RuleCard
          key={i} rule={r} index={i} count={rules.length} options={options} readOnly={readOnly}
          onChange={(nr) => write(rules.map((x, j) => (j === i ? nr : x)))}
          onMove={(to) => write(move(rules, i, to))}
          onRemove={() => write(rules.filter((_, j) => j !== i))}
        />
      ))}
      <Button disabled={readOnly} onClick={() => write([...rules, { id: nextRuleId(rules) }])} data-testid="add-routing-rule">{t('routingDesigner.rules.add')}</Button>
    </div>
  );
}
