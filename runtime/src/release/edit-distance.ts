/** Levenshtein distance, case-insensitive (a tag that differs only by case is a misspelling too). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[t.length];
}

/**
 * The known name `name` most likely meant, if it looks like a typo of one: at most 2 edits, and fewer
 * edits than half its length (so `eu` is not a typo of `us`). Ties go to the first in sorted order.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const k of [...known].sort()) {
    const d = editDistance(name, k);
    if (k === name || d > 2 || d * 2 >= Math.max(name.length, k.length)) continue;
    if (!best || d < best.d) best = { name: k, d };
  }
  return best?.name;
}
