// The wait and notify panels and the action's compensation mapping (merged under flowDesigner); the zh-CN file has the same keys.
export const flowPanelsEn = {
  flowDesigner: {
    wait: {
      event: 'Event name', eventPlaceholder: 'e.g. payment-received',
      eventHelp: 'The external event this node waits for; names other wait nodes of this flow use are offered.',
      timeout: 'Timeout', timeoutHelp: 'ISO 8601 duration: PT30M, PT4H, P2D, P1DT12H. Empty: wait without a deadline. With a timeout, wire the node’s “timeout” outcome too.',
      timeoutInvalid: '“{{value}}” is not a duration: use weeks, days, hours, minutes, seconds, e.g. PT4H or P1DT12H (no years or months).',
      filter: 'Filter', noFilter: 'No filter: any “{{event}}” event continues the flow.', filterWhen: 'Continues when',
      addFilter: 'Add filter', editFilter: 'Edit filter', removeFilter: 'Remove filter', filterTitle: 'Filter on “{{event}}”',
      eventPayload: 'event (the event’s payload; type event.<field> for a field)',
      output: 'Store the payload as vars.', outputPlaceholder: 'e.g. payment',
    },
    notify: {
      template: 'Template', channel: 'Channel', channelPlaceholder: 'default channel', recipients: 'Recipients',
      kind: 'Recipient {{n}}: kind', role: 'Recipient {{n}}: role', user: 'Recipient {{n}}: user', address: 'Recipient {{n}}: address from',
      userPlaceholder: 'user id or e-mail', remove: 'Remove recipient {{n}}', add: 'Add recipient',
      kinds: { role: 'Role', user: 'User', customer: 'Customer', address: 'Address' },
      customer: 'The order’s customer', none: 'Add at least one recipient.', opaque: 'Set in the JSON view (kept as it is)',
    },
    approval: {
      rolePlaceholder: 'a role, e.g. approver', userFrom: 'User id from', useVariable: 'Use a variable',
    },
    compensation: {
      input: 'Compensation input', none: 'Pick a compensation capability to map its input.',
      keyOf: '{{key}} (compensation)',
    },
  },
};
