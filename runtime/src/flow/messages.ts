import { defineMessages } from '../core/message-catalogue.js';

export const flowMessages = defineMessages({
  'flow.start-count': { en: 'A flow needs exactly one start node (found {count})', 'zh-CN': '流程必须有且只有一个开始节点（当前 {count} 个）' },
  'flow.duplicate-node-id': { en: 'Duplicate node id: {id}', 'zh-CN': '节点 ID 重复：{id}' },
  'flow.duplicate-edge-id': { en: 'Duplicate edge id: {id}', 'zh-CN': '连线 ID 重复：{id}' },
  'flow.edge-unknown-node': { en: 'The edge points at a node that does not exist: {node}', 'zh-CN': '连线指向不存在的节点：{node}' },
  'flow.unreachable-node': { en: 'Node {id} cannot be reached from the start', 'zh-CN': '节点 {id} 无法从开始节点到达' },
  'flow.outcome-not-wired': { en: 'Outcome "{outcome}" of node {id} is not connected', 'zh-CN': '节点 {id} 的结果“{outcome}”未连线' },
  'flow.unknown-outcome': { en: 'Node {id} has no outcome "{outcome}" (allowed: {allowed})', 'zh-CN': '节点 {id} 没有结果“{outcome}”（可选：{allowed}）' },
  'flow.duplicate-outcome': { en: 'Outcome "{outcome}" is used more than once', 'zh-CN': '结果“{outcome}”重复使用' },
  'flow.start-has-incoming': { en: 'The start node cannot have incoming edges', 'zh-CN': '开始节点不能有流入连线' },
  'flow.end-has-outgoing': { en: 'An end node cannot have outgoing edges', 'zh-CN': '结束节点不能有流出连线' },
  'flow.decision-no-default': { en: 'Decision {id} needs a default branch', 'zh-CN': '条件分支 {id} 需要默认分支' },
  'flow.split-needs-branches': { en: 'Parallel split {id} needs at least two outgoing edges', 'zh-CN': '并行分支 {id} 至少需要两条流出连线' },
  'flow.split-without-join': { en: 'Parallel split {id} has no parallel join where all its branches meet', 'zh-CN': '并行分支 {id} 缺少汇聚所有分支的并行汇聚节点' },
  'flow.join-single-input': { en: 'Parallel join {id} needs at least two incoming edges', 'zh-CN': '并行汇聚 {id} 至少需要两条流入连线' },
  'flow.loop-without-wait': { en: 'Loop through {nodes} has no approval or wait node: it would run forever', 'zh-CN': '经过 {nodes} 的循环中没有审批或等待节点，会无限运行' },
  'flow.bad-duration': { en: 'Not a duration: {value} (use milliseconds or ISO 8601 such as PT4H, P2D)', 'zh-CN': '无效的时长：{value}（使用毫秒或 ISO 8601，如 PT4H、P2D）' },
  'flow.vote-threshold-missing': { en: 'Vote mode needs a threshold', 'zh-CN': '投票模式需要设置通过阈值' },
  'flow.vote-threshold-unreachable': { en: 'Threshold {threshold} exceeds the {count} approvers', 'zh-CN': '阈值 {threshold} 超过审批人数 {count}' },
  'flow.timeout-without-due': { en: 'onTimeout needs a due duration', 'zh-CN': '超时处理需要设置期限' },
  'flow.layout-unknown-node': { en: 'Layout entry for a node that does not exist: {id}', 'zh-CN': '布局中引用了不存在的节点：{id}' },
});
