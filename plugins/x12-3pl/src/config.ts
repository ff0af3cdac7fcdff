/** Installation config (manifest configSchema); defaults filled by `withDefaults`. */
export interface X12Config {
  /** Our ISA06 / the 3PL's ISA08 on what they send us. */
  senderId: string;
  senderQualifier?: string;
  /** The 3PL's interchange id. */
  receiverId: string;
  receiverQualifier?: string;
  applicationSenderCode?: string;
  applicationReceiverCode?: string;
  usageIndicator?: 'P' | 'T';
  /** Our location id of the 3PL warehouse (ShipmentInput.location). */
  location: string;
  timeZone?: string;
  inboundFolder?: string;
  outboundFolder?: string;
  archiveFolder?: string;
  quarantineFolder?: string;
}

export type ResolvedConfig = Required<X12Config>;

export function withDefaults(c: X12Config): ResolvedConfig {
  return {
    senderQualifier: 'ZZ', receiverQualifier: 'ZZ', usageIndicator: 'P', timeZone: 'UTC',
    applicationSenderCode: c.senderId, applicationReceiverCode: c.receiverId,
    inboundFolder: 'inbound', outboundFolder: 'outbound', archiveFolder: 'archive', quarantineFolder: 'quarantine',
    ...c,
  } as ResolvedConfig;
}
