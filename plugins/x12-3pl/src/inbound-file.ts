import type { PluginContext } from '@oms/runtime';
import { localStamp } from './clock-parts.js';
import type { ResolvedConfig } from './config.js';
import { nextControlNumbers } from './control-numbers.js';
import { read945, type ShipmentInput } from './edi-945.js';
import { build997 } from './edi-997.js';
import { toShipment, type OrderLines } from './shipment-mapping.js';
import { parseInterchange, type Interchange } from './x12/envelope.js';
import { control9, interchange } from './x12/write.js';
import { X12Error } from './x12/x12-error.js';

export type FileOutcome =
  | { kind: 'applied'; shipments: ShipmentInput[]; control: string; ack: string; seenKey: string }
  | { kind: 'duplicate'; control: string }
  | { kind: 'acknowledgement'; control: string; seenKey: string }
  | { kind: 'quarantined'; error: string; ack?: string };

type Ctx = PluginContext<unknown>;

/**
 * Reads one inbound file, fully or not at all: its shipments, or the X12Error that quarantines it. It does not
 * mark the interchange seen: the caller does, after the shipments are safe in the pending batch.
 */
export async function readInboundFile(name: string, cfg: ResolvedConfig, ctx: Ctx): Promise<FileOutcome> {
  const files = ctx.files!;
  const text = await files.read(`${cfg.inboundFolder}/${name}`);
  let ic: Interchange | undefined;
  let failedSet: string | undefined;
  try {
    ic = parseInterchange(text);
    checkParties(ic, cfg);
    const seenKey = `seen:${ic.senderQualifier}:${ic.sender}:${ic.control}`;
    if (await ctx.state.get(seenKey)) return { kind: 'duplicate', control: ic.control };
    const shipments: ShipmentInput[] = [];
    let acks = 0;
    for (const group of ic.groups) {
      if (group.functionalId === 'FA') {
        acks++;
        continue;
      }
      for (const set of group.sets) {
        failedSet = set.control;
        if (set.type !== '945') throw new X12Error(`transaction set ${set.type} is not a 945`, { segment: set.segments[0].index, line: set.segments[0].line, id: 'ST', element: 1, inSet: 1, value: set.type }, '7');
        const advice = read945(set, cfg.timeZone);
        const sent = await ctx.state.get<OrderLines>(`order:${advice.orderNumber}`);
        const shipment = toShipment(ic, set, advice, cfg.location, sent);
        if (shipment) shipments.push(shipment);
        else ctx.logger.warn('945 ships nothing (every W12 has 0 units shipped)', { file: name, order: advice.orderNumber });
      }
      failedSet = undefined;
    }
    if (acks === ic.groups.length) return { kind: 'acknowledgement', control: ic.control, seenKey };
    return { kind: 'applied', shipments, control: ic.control, ack: await writeAck(ic, cfg, ctx), seenKey };
  } catch (err) {
    if (!(err instanceof X12Error)) throw err;
    const ack = ic && failedSet ? await writeAck(ic, cfg, ctx, { set: failedSet, error: err }) : undefined;
    return { kind: 'quarantined', error: `${name}: ${err.message}`, ack };
  }
}

function checkParties(ic: Interchange, cfg: ResolvedConfig) {
  const at = (element: number, value: string) => ({ segment: 1, line: 1, id: 'ISA', element, value });
  if (ic.receiver !== cfg.senderId) throw new X12Error(`receiver '${ic.receiver}' is not our interchange id '${cfg.senderId}'`, at(8, ic.receiver), '7');
  if (ic.sender !== cfg.receiverId) throw new X12Error(`sender '${ic.sender}' is not the 3PL's interchange id '${cfg.receiverId}'`, at(6, ic.sender), '7');
}

/** A 997 for every 945 group of the interchange into the outbound folder; returns its file name. */
async function writeAck(ic: Interchange, cfg: ResolvedConfig, ctx: Ctx, failed?: { set: string; error: X12Error }): Promise<string> {
  const n = await nextControlNumbers(ctx.state);
  const stamp = localStamp(ctx.clock.now(), cfg.timeZone);
  const groups = ic.groups.filter((g) => g.functionalId !== 'FA');
  const sets = groups.map((g, i) => {
    // A quarantined file applies none of its sets: all are rejected, the failing one with its segment and element.
    const rejected = failed ? g.sets.map((s) => s.control) : [];
    const error = failed && g.sets.some((s) => s.control === failed.set) ? { control: failed.set, error: failed.error } : undefined;
    return build997(g, i + 1, { rejected, error });
  });
  const file = `${cfg.outboundFolder}/997-${control9(n.isa)}-for-${ic.control}.x12`;
  const content = interchange(
    {
      sender: { qualifier: cfg.senderQualifier, id: cfg.senderId }, receiver: { qualifier: ic.senderQualifier, id: ic.sender },
      appSender: cfg.applicationSenderCode, appReceiver: groups[0]?.sender ?? cfg.applicationReceiverCode, usage: cfg.usageIndicator,
      date: stamp.date, time: stamp.time, isaControl: n.isa, gsControl: n.gs,
    },
    'FA',
    sets,
  );
  await ctx.files!.write(file, content);
  return file;
}
