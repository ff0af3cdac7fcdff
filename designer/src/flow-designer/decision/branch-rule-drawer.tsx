import { Drawer } from '../../components/drawer';
import { useTranslation } from 'react-i18next';
import { RuleBuilder } from '../../rule-builder';
import type { VariableOption } from '../../rule-builder/model';

interface Props {
  nodeId: string;
  index: number;
  outcome: string;
  rule: unknown;
  variables: readonly VariableOption[];
  onChange(rule: unknown): void;
  onClose(): void;
}

/**
 * One branch's rule in the shared visual rule builder (its own Monaco JSON view and "try it" panel). A drawer,
 * not the 320 px side panel: the builder and its trace need the room; the canvas keeps its size underneath.
 */
export function BranchRuleDrawer({ nodeId, index, outcome, rule, variables, onChange, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open size={760} destroyOnHidden onClose={onClose}
      title={t('flowDesigner.branchRule', { outcome })}
      rootClassName="fd-branch-drawer"
    >
      <div data-testid={`branch-rule-${index}`}>
        <RuleBuilder value={rule} onChange={onChange} variables={variables} path={`inmemory://oms/flow-decision/${nodeId}/${index}.json`} />
      </div>
    </Drawer>
  );
}
