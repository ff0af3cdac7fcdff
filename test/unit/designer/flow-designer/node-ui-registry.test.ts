import { describe, expect, it } from 'vitest';

// the registry pulls in antd and its icons: slow to load on a shared machine
const load = () => import('../../../../designer/src/flow-designer/node-ui-registry');

describe('registerNodeUi', () => {
  it('refuses a key already registered, keeping the first registration', async () => {
    const { registerNodeUi, nodeUi } = await load();
    const before = nodeUi('wait');
    expect(() => registerNodeUi('wait', { icon: null })).toThrow(/"wait" is already registered/);
    expect(nodeUi('wait')).toBe(before);
  }, 60_000);

  it('replaces it when asked explicitly, and registers a new key once', async () => {
    const { registerNodeUi, nodeUi, nodeUiKeys } = await load();
    const original = nodeUi('notify')!;
    const mine = { icon: null };
    registerNodeUi('notify', mine, { replace: true });
    expect(nodeUi('notify')).toBe(mine);
    registerNodeUi('notify', original, { replace: true });
    registerNodeUi('plugin-x.node', mine);
    expect(nodeUiKeys()).toContain('plugin-x.node');
    expect(() => registerNodeUi('plugin-x.node', mine)).toThrow();
  }, 60_000);
});
