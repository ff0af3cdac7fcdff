import type { FlowDefinition } from '@oms/runtime';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VariableOption } from '../../rule-builder/model';
import { flowVariables } from './flow-variables';
import { useFlowForm } from './use-flow-form';

/** What a node's rules and mappings can read (the flow's form fields, the order, upstream `vars.*`), in the UI language. */
export function useFlowVariables(flow: FlowDefinition | undefined, nodeId: string): VariableOption[] {
  const { i18n } = useTranslation();
  const form = useFlowForm(flow?.key);
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return useMemo(() => flowVariables(flow, form, locale, nodeId), [flow, form, locale, nodeId]);
}
