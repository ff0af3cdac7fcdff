import { DeleteOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import { ROLES } from '@oms/runtime';
import { useTranslation } from 'react-i18next';
import type { VariableOption } from '../../rule-builder/model';
import { VariableSelect } from '../action/variable-select';
import { blankRecipient, RECIPIENT_KINDS, type RecipientKind, type RecipientRow } from './recipients';

interface Props {
  index: number;
  row: RecipientRow;
  variables: readonly VariableOption[];
  onChange(row: RecipientRow): void;
  onRemove(): void;
}

/** One recipient: its kind, then a role from the runtime's list, a user typed, or the variable holding an address. */
export function RecipientRowEditor({ index, row, variables, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const tid = `notify-to-${index}`;
  // a stored role outside the runtime's list still shows (as itself) until it is changed; the release check names it
  const roles: string[] = [...ROLES, ...(row.kind === 'role' && row.value && !(ROLES as readonly string[]).includes(row.value) ? [row.value] : [])];
  const roleOptions = roles.map((r) => ({ value: r, label: (ROLES as readonly string[]).includes(r) ? t(`roles.${r}`) : r }));
  const remove = <Button icon={<DeleteOutlined />} danger aria-label={t('flowDesigner.notify.remove', { n })} data-testid={`${tid}-remove`} onClick={onRemove} />;
  if (row.kind === 'opaque') {
    return (
      <Space align="start" style={{ width: '100%', marginBottom: 4 }} data-testid={tid}>
        <Typography.Text type="secondary">{t('flowDesigner.notify.opaque')} <code data-testid={`${tid}-opaque`}>{JSON.stringify(row.json)}</code></Typography.Text>
        {remove}
      </Space>
    );
  }
  return (
    <Space.Compact style={{ width: '100%', marginBottom: 4 }} data-testid={tid}>
      <Select aria-label={t('flowDesigner.notify.kind', { n })} data-testid={`${tid}-kind`} value={row.kind} style={{ width: 110 }}
        options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`flowDesigner.notify.kinds.${k}`) }))}
        onChange={(k: RecipientKind) => k !== row.kind && onChange(blankRecipient(k))} />
      {row.kind === 'role' && (
        <Select aria-label={t('flowDesigner.notify.role', { n })} data-testid={`${tid}-role`} value={row.value || undefined} style={{ flex: 1 }}
          options={roleOptions} onChange={(v: string) => onChange({ kind: 'role', value: v })} />
      )}
      {row.kind === 'user' && (
        <Input aria-label={t('flowDesigner.notify.user', { n })} data-testid={`${tid}-user`} value={row.value} placeholder={t('flowDesigner.notify.userPlaceholder')}
          onChange={(e) => onChange({ kind: 'user', value: e.target.value })} />
      )}
      {row.kind === 'customer' && <Input aria-label={t('flowDesigner.notify.kinds.customer')} value={t('flowDesigner.notify.customer')} readOnly />}
      {row.kind === 'address' && (
        <div style={{ flex: 1 }}>
          <VariableSelect testId={`${tid}-address`} ariaLabel={t('flowDesigner.notify.address', { n })} variables={variables} value={row.path || undefined}
            onChange={(p) => onChange({ kind: 'address', path: p ?? '' })} />
        </div>
      )}
      {remove}
    </Space.Compact>
  );
}
