import { describe, expect, it } from 'vitest';
import { createMemoryStateStore } from '../../../server/src/plugins/host/memory-state-store.js';

describe('memory PluginStateStore', () => {
  it('keeps values per installation, copies them, and expires them on the injected clock', async () => {
    let now = 1000;
    const s = createMemoryStateStore({ now: () => now });
    const value = { cursor: 'a' };
    await s.set('i1', 'k', value, 10);
    value.cursor = 'mutated';
    expect(await s.get('i1', 'k')).toEqual({ cursor: 'a' });
    expect(await s.get('i2', 'k')).toBeUndefined();
    now += 9_999;
    expect(await s.get('i1', 'k')).toEqual({ cursor: 'a' });
    now += 1;
    expect(await s.get('i1', 'k')).toBeUndefined();
    await s.set('i1', 'forever', 1);
    await s.delete('i1', 'forever');
    expect(await s.get('i1', 'forever')).toBeUndefined();
  });
});
