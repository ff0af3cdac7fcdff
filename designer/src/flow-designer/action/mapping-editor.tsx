import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VariableOption } from '../../rule-builder/model';
import { mappingRows, setRow, type InputMap } from './input-mapping';
import { MappingRowEditor } from './mapping-row';

interface Props {
  nodeId: string;
  /** The capability's input schema (its properties become the rows). */
  schema: unknown;
  input: InputMap | undefined;
  variables: readonly VariableOption[];
  testPrefix: string;
  keyLabel?(key: string): string;
  /** The whole mapping after one row changed (`undefined`: nothing left), and the row's key. */
  onChange(input: InputMap | undefined, key: string): void;
}

/** The rows of one input mapping (the call's, or its compensation's): one per schema property, then stored extras. */
export function MappingEditor({ nodeId, schema, input, variables, testPrefix, keyLabel, onChange }: Props) {
  const { t } = useTranslation();
  // which source an empty row shows (UI only: an empty row stores nothing), per node and property
  const [modes, setModes] = useState<Record<string, 'var' | 'const'>>({});
  const rows = mappingRows(schema, input);
  if (rows.length === 0) return <Typography.Paragraph type="secondary">{t('flowDesigner.action.noInputs')}</Typography.Paragraph>;
  return rows.map((row) => {
    const m = `${nodeId}/${row.key}`;
    return (
      <MappingRowEditor key={row.key} row={row} mode={modes[m] ?? 'var'} variables={variables} testPrefix={testPrefix} keyLabel={keyLabel?.(row.key)}
        onMode={(mode) => setModes({ ...modes, [m]: mode })} onChange={(v) => onChange(setRow(input, row.key, v), row.key)} />
    );
  });
}
