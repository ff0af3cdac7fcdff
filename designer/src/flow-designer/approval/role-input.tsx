import { AutoComplete, Input } from 'antd';
import { ROLES } from '@oms/runtime';
import { useTranslation } from 'react-i18next';

interface Props {
  id?: string;
  testId: string;
  ariaLabel: string;
  value: string;
  onChange(role: string): void;
}

/**
 * A role: the runtime's roles are offered as you type (with their names in the UI language); any other text is
 * kept, since a tenant may name its own roles, and the release check names a role that does not exist.
 */
export function RoleInput({ id, testId, ariaLabel, value, onChange }: Props) {
  const { t } = useTranslation();
  const typed = value.trim().toLowerCase();
  const options = ROLES.filter((r) => !typed || r.includes(typed) || t(`roles.${r}`).toLowerCase().includes(typed))
    .map((r) => ({ value: r, label: `${t(`roles.${r}`)} · ${r}` }));
  return (
    <AutoComplete value={value} options={options} onChange={(v: string) => onChange(v)} style={{ width: '100%' }}>
      <Input id={id} aria-label={ariaLabel} data-testid={testId} placeholder={t('flowDesigner.approval.rolePlaceholder')} />
    </AutoComplete>
  );
}
