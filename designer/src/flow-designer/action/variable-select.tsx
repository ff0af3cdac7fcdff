import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VariableOption } from '../../rule-builder/model';

interface Props {
  value: string | undefined;
  variables: readonly VariableOption[];
  ariaLabel: string;
  testId: string;
  onChange(path: string | undefined): void;
}

/** Pick one readable path: the form's fields, the canonical order, upstream results (`vars.*`). */
export function VariableSelect({ value, variables, ariaLabel, testId, onChange }: Props) {
  const { t } = useTranslation();
  const group = (label: string, vs: readonly VariableOption[]) => ({ label, options: vs.map((v) => ({ value: v.path, label: v.label === v.path ? v.path : `${v.label} · ${v.path}` })) });
  const isVar = (v: VariableOption) => v.path.startsWith('vars.');
  const options = [
    group(t('flowDesigner.action.groupForm'), variables.filter((v) => v.source === 'form')),
    group(t('flowDesigner.action.groupOrder'), variables.filter((v) => v.source !== 'form' && !isVar(v))),
    group(t('flowDesigner.action.groupVars'), variables.filter(isVar)),
  ].filter((g) => g.options.length);
  // A stored path the list does not offer (e.g. a result of a node no longer upstream) still shows.
  if (value && !variables.some((v) => v.path === value)) options.push({ label: '?', options: [{ value, label: value }] });
  return (
    <Select aria-label={ariaLabel} data-testid={testId} showSearch allowClear style={{ width: '100%' }} value={value}
      placeholder={t('flowDesigner.action.pickVariable')} options={options} onChange={(v?: string) => onChange(v || undefined)} />
  );
}
