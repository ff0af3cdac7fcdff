import type { CapabilityCall, PluginContext, PluginFiles, PushOutcome } from '@oms/runtime';
import { localStamp } from './clock-parts.js';
import { withDefaults, type X12Config } from './config.js';
import { nextControlNumbers } from './control-numbers.js';
import { build940, tooLong, type ShippingOrder } from './edi-940.js';
import { control9, interchange } from './x12/write.js';

export interface PushShippingOrderInput {
  order: ShippingOrder;
  location: string;
}

interface Written {
  file: string;
  control: string;
  content: string;
  written: boolean;
}

const DAY_SECONDS = 86_400;

export function filesOf(ctx: PluginContext<unknown, unknown>): PluginFiles {
  if (!ctx.files) throw { errorClass: 'permanent', message: 'the installation has no file folder (manifest files: true, host filesRoot)' };
  return ctx.files;
}

/**
 * Writes one 940 into the outbound folder. The interchange (its control numbers and text) is stored under the
 * idempotency key BEFORE the file is written, so a retry rewrites the very same file (same ISA13) or, once it was
 * written, answers already-applied — the 3PL never gets the order twice under two control numbers.
 */
export async function pushShippingOrder(call: CapabilityCall<PushShippingOrderInput>, ctx: PluginContext<X12Config>): Promise<PushOutcome> {
  const cfg = withDefaults(ctx.config);
  const files = filesOf(ctx);
  const key = `push:${call.idempotencyKey}`;
  let entry = await ctx.state.get<Written>(key);
  if (entry?.written) return { status: 'already-applied', externalId: entry.control, data: { file: entry.file } };
  if (!entry) {
    const { order } = call.input;
    const problem = tooLong(order);
    if (problem) return { status: 'rejected', code: 'x12.value-too-long', reason: problem };
    const n = await nextControlNumbers(ctx.state);
    const stamp = localStamp(ctx.clock.now(), cfg.timeZone);
    const content = interchange(
      {
        sender: { qualifier: cfg.senderQualifier, id: cfg.senderId }, receiver: { qualifier: cfg.receiverQualifier, id: cfg.receiverId },
        appSender: cfg.applicationSenderCode, appReceiver: cfg.applicationReceiverCode, usage: cfg.usageIndicator,
        date: stamp.date, time: stamp.time, isaControl: n.isa, gsControl: n.gs,
      },
      'OW',
      [build940(order, 1, stamp.date)],
    );
    const safe = order.number.replace(/[^A-Za-z0-9._-]/g, '_');
    entry = { file: `${cfg.outboundFolder}/940-${safe}-${control9(n.isa)}.x12`, control: control9(n.isa), content, written: false };
    await ctx.state.set(key, entry, { ttlSeconds: 90 * DAY_SECONDS });
    // The 945 may leave out our N9*LI line ids: keep the order's lines to match them by SKU.
    await ctx.state.set(`order:${order.number}`, order.lines.map((l) => ({ lineId: l.lineId, sku: l.sku })), { ttlSeconds: 180 * DAY_SECONDS });
  }
  await files.write(entry.file, entry.content);
  await ctx.state.set(key, { ...entry, written: true }, { ttlSeconds: 90 * DAY_SECONDS });
  ctx.logger.info('940 written', { file: entry.file, control: entry.control });
  return { status: 'applied', externalId: entry.control, data: { file: entry.file } };
}
