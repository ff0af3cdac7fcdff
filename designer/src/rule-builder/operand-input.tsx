import { Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseValueText, typedPath, type Operand, type VariableOption } from './model';

interface Props {
  value: Operand;
  variables: readonly VariableOption[];
  onChange(next: Operand): void;
  label: string;
}

/** One side of a condition: a field from the picker or a typed value (lists as comma-separated text). */
export function OperandInput({ value, variables, onChange, label }: Props) {
  const { t } = useTranslation();
  const isField = value.kind === 'field';
  const [search, setSearch] = useState('');
  const options = variables.map((v) => ({ value: v.path, label: v.label }));
  if (isField && !options.some((o) => o.value === value.path)) options.unshift({ value: value.path, label: value.path });
  // e.g. `event.amount`: a field of an event payload the flow cannot list, typed under `event`
  const typed = typedPath(variables, search);
  if (typed && !options.some((o) => o.value === typed)) options.push({ value: typed, label: typed });
  const text = value.kind === 'value' ? (Array.isArray(value.value) ? value.value.join(', ') : String(value.value)) : '';
  const kind = isField ? 'other' : typeof value.value === 'number' ? 'number' : 'other';
  return (
    <Space.Compact>
      <Select
        aria-label={t('ruleBuilder.operandKind', { side: label })}
        value={isField ? 'field' : 'value'}
        style={{ width: 96 }}
        options={[
          { value: 'field', label: t('ruleBuilder.field') },
          { value: 'value', label: t('ruleBuilder.value') },
        ]}
        onChange={(k) => onChange(k === 'field' ? { kind: 'field', path: variables[0]?.path ?? '' } : { kind: 'value', value: '' })}
      />
      {isField ? (
        <Select
          showSearch
          aria-label={label}
          style={{ minWidth: 200 }}
          value={value.path}
          options={options}
          onSearch={setSearch}
          onChange={(path: string) => (setSearch(''), onChange({ kind: 'field', path }))}
        />
      ) : (
        <Input
          aria-label={label}
          style={{ width: 180 }}
          value={text}
          onChange={(e) => {
            const raw = e.target.value;
            if (Array.isArray(value.value)) onChange({ kind: 'value', value: raw.split(',').map((s) => s.trim()) });
            else onChange(parseValueText(raw, /^-?\d+(\.\d+)?$/.test(raw.trim()) ? 'number' : kind));
          }}
        />
      )}
    </Space.Compact>
  );
}
