/** The order console URL for a chart click: the console reads status, channel, from and to (ISO instants). */
export function consoleUrl(filter: { status?: string; channel?: string; from: string; to: string }): string {
  const q = new URLSearchParams();
  if (filter.status) q.set('status', filter.status);
  if (filter.channel) q.set('channel', filter.channel);
  q.set('from', filter.from);
  q.set('to', filter.to);
  return `/console?${q.toString()}`;
}
