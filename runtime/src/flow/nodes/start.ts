import type { NodeType } from '../node-type.js';

export const startNode: NodeType = {
  key: 'start',
  title: { en: 'Start', 'zh-CN': '开始' },
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  outcomes: () => [{ key: 'next' }],
  enter: (ctx) => ctx.complete('next'),
};
