/** `1d 2h 3m 4s` style, the largest three units. */
export function formatSpan(ms: number): string {
  let s = Math.floor(Math.abs(ms) / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    const n = Math.floor(s / size);
    s -= n * size;
    if (n || parts.length || unit === 's') parts.push(`${n}${unit}`);
  }
  return parts.slice(0, 3).join(' ');
}
