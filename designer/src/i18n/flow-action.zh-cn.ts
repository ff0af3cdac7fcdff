// 流程设计器的动作节点面板（合并到 flowDesigner.action）；与 flow-action.en.ts 键相同。
export const flowActionZhCN = {
  flowDesigner: {
    action: {
      capability: '能力', capabilityPlaceholder: '选择插件能力',
      notInstalled: '本租户未安装“{{key}}”：在有插件提供它之前，发布检查会拒绝。',
      loadFailed: '无法加载已安装的能力：{{message}}',
      input: '输入映射', noInputs: '该能力未声明输入属性。', required: '必填',
      fromVariable: '变量', constant: '常量', pickVariable: '选择变量', constantValue: '值',
      opaque: '在 JSON 视图中设置（原样保留）', notInSchema: '不在该能力的结构中',
      output: '结果保存为 vars.', outputPlaceholder: '例如 erp', compensation: '补偿能力',
      variableOf: '{{key}} 的变量', sourceOf: '{{key}} 的来源', valueOf: '{{key}} 的值', yes: '是', no: '否',
      useTyped: '使用“{{key}}”（尚未安装）',
      groupOrder: '订单', groupForm: '表单', groupVars: '上游结果',
    },
  },
};
