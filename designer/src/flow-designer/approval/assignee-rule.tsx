import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VariableOption } from '../../rule-builder/model';
import { VariableSelect } from '../action/variable-select';
import { JsonField } from '../panels/json-field';

interface Props {
  id: string;
  testId: string;
  rule: unknown;
  variables: readonly VariableOption[];
  onChange(rule: unknown): void;
}

const varOf = (rule: unknown): string | undefined => {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  const v = (rule as { var?: unknown }).var;
  return keys.length === 1 && typeof v === 'string' ? v : undefined;
};

/**
 * A rule assignee: the usual case, "the user id held by a variable" (`{"var": path}`), is picked from the variables
 * the flow can read; any other JSON Logic rule is the expert's and stays a JSON field (never rewritten).
 */
export function AssigneeRule({ id, testId, rule, variables, onChange }: Props) {
  const { t } = useTranslation();
  const path = varOf(rule);
  if (path === undefined && rule !== undefined) {
    return (
      <Space.Compact style={{ flex: 1 }}>
        <JsonField id={id} testId={testId} value={rule} onChange={onChange} />
        <Button onClick={() => onChange({ var: 'order.customer.id' })}>{t('flowDesigner.approval.useVariable')}</Button>
      </Space.Compact>
    );
  }
  return (
    <div style={{ flex: 1 }}>
      <VariableSelect testId={testId} ariaLabel={t('flowDesigner.approval.userFrom')} variables={variables} value={path}
        onChange={(p) => onChange({ var: p ?? '' })} />
    </div>
  );
}
