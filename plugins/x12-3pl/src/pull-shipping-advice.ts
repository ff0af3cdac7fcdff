import type { CapabilityCall, PluginContext, PullInput, PullOutput } from '@oms/runtime';
import { withDefaults, type X12Config } from './config.js';
import type { ShipmentInput } from './edi-945.js';
import { readInboundFile } from './inbound-file.js';
import { filesOf } from './push-shipping-order.js';

const YEAR_SECONDS = 365 * 86_400;

interface Batch {
  seq: number;
  cursor: string;
  items: ShipmentInput[];
}

/**
 * Reads the 945 files of the inbound folder (oldest name first, at most `limit` files) into shipments.
 * Each processed file is archived (a repeated ISA13 from the same sender to archive/duplicates, ignored), a
 * malformed one goes to quarantine with `<name>.error.txt`. Delivery is at least once: the shipments of a batch
 * stay in state until the host comes back with that batch's cursor (it stored them), so a host crash between our
 * reply and its commit re-delivers them instead of losing them; the shipment API dedupes by externalId.
 */
export async function pullShippingAdvice(call: CapabilityCall<PullInput>, ctx: PluginContext<X12Config>): Promise<PullOutput<ShipmentInput>> {
  const cfg = withDefaults(ctx.config);
  const files = filesOf(ctx);
  const pending = await ctx.state.get<Batch>('batch');
  if (pending && pending.items.length && call.input.cursor !== pending.cursor) {
    return { items: pending.items, cursor: pending.cursor, hasMore: true };
  }
  const batch: Batch = { seq: (pending?.seq ?? 0) + 1, cursor: '', items: [] };
  batch.cursor = `batch-${batch.seq}`;
  const names = (await files.list(cfg.inboundFolder)).filter((n) => !n.endsWith('.tmp'));
  const limit = Math.max(1, call.input.limit ?? 50);
  for (const name of names.slice(0, limit)) {
    const from = `${cfg.inboundFolder}/${name}`;
    const r = await readInboundFile(name, cfg, ctx);
    if (r.kind === 'quarantined') {
      await files.write(`${cfg.quarantineFolder}/${name}.error.txt`, `${r.error}\n`);
      await files.move(from, `${cfg.quarantineFolder}/${name}`);
      ctx.logger.error('X12 file quarantined', { file: name, error: r.error, ack: r.ack });
      continue;
    }
    if (r.kind === 'duplicate') {
      ctx.logger.warn('repeated interchange ignored', { file: name, control: r.control });
      await files.move(from, `${cfg.archiveFolder}/duplicates/${name}`);
      continue;
    }
    if (r.kind === 'applied') {
      batch.items.push(...r.shipments);
      await ctx.state.set('batch', batch);
      ctx.logger.info('945 read', { file: name, control: r.control, shipments: r.shipments.length, ack: r.ack });
    } else ctx.logger.info('997 received', { file: name, control: r.control });
    // Seen only once its shipments are in the batch: a crash before this re-reads the file, never loses it.
    await ctx.state.set(r.seenKey, true, { ttlSeconds: YEAR_SECONDS });
    await files.move(from, `${cfg.archiveFolder}/${name}`);
  }
  await ctx.state.set('batch', batch);
  return { items: batch.items, cursor: batch.cursor, hasMore: names.length > limit };
}
