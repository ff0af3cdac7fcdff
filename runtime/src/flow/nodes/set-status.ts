import type { NodeType } from '../node-type.js';

export interface SetStatusConfig {
  status: string;
}

export const setStatusConfigSchema = { type: 'object', additionalProperties: false, required: ['status'], properties: { status: { type: 'string', minLength: 1 } } } as const;

export const setStatusNode: NodeType<SetStatusConfig> = {
  key: 'set-status',
  title: { en: 'Set status', 'zh-CN': '设置状态' },
  configRequired: true,
  configSchema: setStatusConfigSchema,
  outcomes: () => [{ key: 'next' }],
  enter(ctx) {
    ctx.emit({ type: 'set-status', node: ctx.node.id, status: ctx.config.status });
    ctx.complete('next');
  },
};
