import type { NodeType } from '../node-type.js';

const empty = { type: 'object', additionalProperties: false, properties: {} };

/** Takes every outgoing edge at once; its matching join waits for all of them. */
export const parallelSplitNode: NodeType = {
  key: 'parallel-split',
  title: { en: 'Parallel split', 'zh-CN': '并行分支' },
  configSchema: empty,
  outcomes: () => [],
  fanOut: true,
  enter: (ctx) => ctx.complete('next'),
};

/** Continues once a token has arrived on every incoming edge (the interpreter counts arrivals). */
export const parallelJoinNode: NodeType = {
  key: 'parallel-join',
  title: { en: 'Parallel join', 'zh-CN': '并行汇聚' },
  configSchema: empty,
  outcomes: () => [{ key: 'next' }],
  join: true,
  enter: (ctx) => ctx.complete('next'),
};
