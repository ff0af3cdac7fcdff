/** `T+24h`, `T+1d 2h`, `T+90s`, `T+0`: offsets of a test run's timeline from its start. */
export function formatOffset(ms: number): string {
  if (ms <= 0) return 'T+0';
  const s = Math.round(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d === 0 && h === 0 && m === 0) return `T+${sec}s`;
  const parts = d > 0 && h + m === 0 && d < 2 ? [`${d * 24}h`] : [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''];
  return `T+${parts.filter(Boolean).join(' ')}`;
}
