// Flow designer (canvas) texts; flow-designer.zh-cn.ts has exactly the same keys.
export const flowDesignerEn = {
  flowDesigner: {
    jsonView: 'JSON', canvasView: 'Canvas', palette: 'Nodes', properties: 'Properties', selectNode: 'Select a node to edit it',
    noProperties: 'This node has no settings.', invalidJson: 'Not valid JSON: the previous value is kept.',
    fixJsonFirst: 'The JSON has a syntax error: fix it in the JSON tab to see the canvas.',
    undo: 'Undo', redo: 'Redo', copy: 'Copy', paste: 'Paste', delete: 'Delete', autoLayout: 'Auto-layout',
    errors: '{{count}} errors', warnings: '{{count}} warnings', zoom: 'Zoom', minimap: 'Mini map',
    layoutFailed: 'Auto-layout failed: {{message}}', remove: 'Remove', addAssignee: 'Add assignee', addBranch: 'Add branch',
    defaultRouting: 'Tenant default routing',
    refused: {
      'into-start': 'Refused: nothing may lead into the start node.',
      'out-of-end': 'Refused: an end node has no way out.',
      'outcome-wired': 'Refused: outcome "{{outcome}}" is already wired; delete its edge first.',
      'self-loop': 'Refused: a node cannot lead to itself.',
      'unknown-node': 'Refused: that node does not exist.',
    },
    who: { user: 'User', role: 'Role', rule: 'Rule' },
    mode: { any: 'Any one', all: 'All', sequential: 'Sequential', vote: 'Vote' },
    timeout: { escalate: 'Escalate', approve: 'Approve', reject: 'Reject' },
    field: {
      title: 'Title', assignees: 'Assignees', assigneeKind: 'Assignee kind', assigneeValue: 'Assignee',
      mode: 'Mode', threshold: 'Votes needed', slaDue: 'SLA due (e.g. PT24H)', slaRemind: 'Remind after (e.g. PT4H)',
      onTimeout: 'When the SLA is due', escalateTo: 'Escalate to role', outcome: 'Outcome', when: 'When (JSON Logic rule)',
      capability: 'Capability (plugin.capability)', input: 'Input mapping (JSON)', output: 'Store result as vars.',
      compensate: 'Undo capability', event: 'Event', timeout: 'Timeout (e.g. P2D)', filter: 'Filter (JSON Logic rule)',
      status: 'Status', template: 'Template', recipients: 'Recipients (JSON)', channel: 'Channel',
      compensateAll: 'Undo completed actions', routing: 'Routing', reserve: 'Reserve stock',
    },
    testRun: {
      title: 'Test run', sample: 'Sample order', pastOrder: 'Past order', order: 'Order (JSON)', orderId: 'Order id',
      decisionFor: 'Approver decision at {{node}}', run: 'Run', clear: 'Clear',
      decision: { approve: 'Approve', reject: 'Reject', wait: 'Wait (let the SLA run)' },
      status: 'Result: {{status}} (outcome {{outcome}}). Nothing was written.', tasks: 'Tasks that would be created',
      noTasks: 'No tasks', timeline: 'Timeline (virtual clock)', simulated: 'simulated',
    },
  },
};
