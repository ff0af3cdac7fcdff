import type { PluginState } from '@oms/runtime';

const MAX = 999_999_999;

/**
 * Next interchange (ISA13) and group (GS06) control numbers, persisted in the installation's state so they keep
 * increasing across restarts; they wrap to 1 after 999,999,999. One sequence for every interchange we send
 * (940s and 997s alike), as partners expect from one sender id.
 */
export async function nextControlNumbers(state: PluginState): Promise<{ isa: number; gs: number }> {
  const last = (await state.get<{ isa: number; gs: number }>('control-numbers')) ?? { isa: 0, gs: 0 };
  const next = { isa: last.isa >= MAX ? 1 : last.isa + 1, gs: last.gs >= MAX ? 1 : last.gs + 1 };
  await state.set('control-numbers', next);
  return next;
}
