/**
 * The computed-value shapes the designer edits without JSON. Anything else is `custom`: kept verbatim and
 * edited in the JSON view (or through the rule builder when it is a condition).
 */
export type Formula =
  | { kind: 'none' }
  | { kind: 'product' | 'sum'; a: string; b: string }
  | { kind: 'sumLines'; lines: string; column?: string }
  | { kind: 'custom'; json: unknown };

const varOf = (x: unknown): string | null => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const keys = Object.keys(x);
  const v = (x as Record<string, unknown>).var;
  return keys.length === 1 && typeof v === 'string' ? v : null;
};

export function parseFormula(json: unknown): Formula {
  if (json === undefined) return { kind: 'none' };
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && Object.keys(json).length === 1) {
    const [op, arg] = Object.entries(json)[0];
    if ((op === '*' || op === '+') && Array.isArray(arg) && arg.length === 2) {
      const a = varOf(arg[0]);
      const b = varOf(arg[1]);
      if (a !== null && b !== null) return { kind: op === '*' ? 'product' : 'sum', a, b };
    }
    if (op === 'sum-lines' && Array.isArray(arg) && (arg.length === 1 || (arg.length === 2 && typeof arg[1] === 'string'))) {
      const lines = varOf(arg[0]);
      if (lines !== null) return { kind: 'sumLines', lines, column: arg[1] as string | undefined };
    }
  }
  return { kind: 'custom', json };
}

export function formulaJson(f: Formula): unknown {
  switch (f.kind) {
    case 'none': return undefined;
    case 'product': return { '*': [{ var: f.a }, { var: f.b }] };
    case 'sum': return { '+': [{ var: f.a }, { var: f.b }] };
    case 'sumLines': return { 'sum-lines': f.column === undefined ? [{ var: f.lines }] : [{ var: f.lines }, f.column] };
    case 'custom': return f.json;
  }
}
