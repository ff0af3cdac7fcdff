// The flow designer's action panel (merged under flowDesigner.action); flow-action.zh-cn.ts has the same keys.
export const flowActionEn = {
  flowDesigner: {
    action: {
      capability: 'Capability', capabilityPlaceholder: 'Pick a plugin capability',
      notInstalled: '“{{key}}” is not installed for this tenant: the release check will refuse it until a plugin provides it.',
      loadFailed: 'The installed capabilities could not be loaded: {{message}}',
      input: 'Input mapping', noInputs: 'This capability declares no input properties.', required: 'required',
      fromVariable: 'Variable', constant: 'Constant', pickVariable: 'Pick a variable', constantValue: 'Value',
      opaque: 'Set in the JSON view (kept as it is)', notInSchema: 'not in the capability’s schema',
      output: 'Store the result as vars.', outputPlaceholder: 'e.g. erp', compensation: 'Compensation capability',
      variableOf: 'Variable for {{key}}', sourceOf: 'Source of {{key}}', valueOf: 'Value of {{key}}', yes: 'true', no: 'false',
      useTyped: 'Use “{{key}}” (not installed yet)',
      groupOrder: 'Order', groupForm: 'Form', groupVars: 'Upstream results',
    },
  },
};
