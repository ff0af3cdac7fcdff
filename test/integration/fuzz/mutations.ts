import fc from 'fast-check';

/** Values that broke the server before: NUL, lone surrogates, huge numbers, wrong types, near-UUIDs. */
export const nastyValues: unknown[] = [
  null,
  '',
  ' ',
  'x\u0000y',
  '\u0000',
  '\ud800',
  'a\udc00b',
  '\ud83d\ude00', // a valid pair: must not be refused for being "a surrogate"
  'x'.repeat(5000),
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  99999999999999999999,
  true,
  false,
  [],
  [null],
  ['\u0000'],
  {},
  { nested: '\ud800' },
  { 'k\u0000': 1 },
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '------------------------------------',
  '{00000000-0000-7000-8000-000000000000}',
  '00000000000070008000000000000000',
  '2030-02-30T00:00:00Z',
  '9999-99-99',
  "'; drop table users; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'admin',
  'draft',
];

export const nastyPathParams: string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000Z',
  '------------------------------------',
  '{00000000-0000-7000-8000-000000000000}',
  '00000000-0000-7000-8000-000000000000',
  'x%00y',
  '%00',
  '%ED%A0%80', // a lone surrogate, UTF-8 encoded (invalid UTF-8)
  '%FF%FE',
  '%E0%A4%A',
  'x'.repeat(300),
  '..',
  '%2e%2e',
  '-1',
  '0',
  '1e400',
  '99999999999999999999',
  'draft',
  'FORM',
  '%20',
];

export const nastyQueryValues: string[] = [
  'x%00y',
  '%ED%A0%80',
  'not-a-uuid',
  '------------------------------------',
  '-1',
  '0',
  '1e400',
  '99999999999999999999',
  'x'.repeat(3000),
  '',
  'true',
  'null',
];

export const rawBodies: string[] = ['null', '[]', '"x"', '42', '1e999', 'true', '{"a":', '{}', '{"a":"\\u0000"}', '{"a":"\\ud800"}', '\u00ff\u00fe', '{"__proto__":{}}'];

type Json = unknown;

/** JSON Pointer-like paths (as key arrays) to every value in an example body. */
function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function setAt(root: Json, path: Array<string | number>, value: Json, mode: 'set' | 'delete' | 'add'): Json {
  if (path.length === 0) return mode === 'set' ? value : root;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (mode === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  if (mode === 'add' && node !== null && typeof node === 'object' && !Array.isArray(node)) node.extraField = value;
  return copy;
}

/** Schema property names (top level and one level down) the example may not mention. */
function schemaPaths(schema: Record<string, any> | undefined): string[][] {
  const out: string[][] = [];
  for (const [k, s] of Object.entries((schema?.properties ?? {}) as Record<string, any>)) {
    out.push([k]);
    for (const k2 of Object.keys(s?.properties ?? {})) out.push([k, k2]);
  }
  return out;
}

export type BodyMutation = { kind: 'json'; body: Json } | { kind: 'raw'; raw: string } | { kind: 'none' };

/** Bodies mutated from the route's example and its schema. */
export function bodyArbitrary(example: Json, schema: Record<string, any> | undefined): fc.Arbitrary<BodyMutation> {
  const base = example ?? {};
  const paths = [...pathsOf(base), ...schemaPaths(schema)];
  const value = fc.oneof(fc.constantFrom(...nastyValues), fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 20 }));
  const atPath = fc.record({ path: fc.constantFrom(...paths), value, mode: fc.constantFrom('set' as const, 'delete' as const, 'add' as const) });
  return fc.oneof(
    { weight: 6, arbitrary: atPath.map(({ path, value: v, mode }) => ({ kind: 'json' as const, body: safeSet(base, path, v, mode) })) },
    { weight: 1, arbitrary: value.map((v) => ({ kind: 'json' as const, body: v })) },
    { weight: 1, arbitrary: fc.constantFrom(...rawBodies).map((raw) => ({ kind: 'raw' as const, raw })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  );
}

/** A path into schema properties the example lacks: create the missing parents. */
function safeSet(base: Json, path: Array<string | number>, value: Json, mode: 'set' | 'delete' | 'add'): Json {
  let root = structuredClone(base);
  if (root === null || typeof root !== 'object') root = {};
  let node = root as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) {
    if (node[seg] === null || typeof node[seg] !== 'object') node[seg] = {};
    node = node[seg] as Record<string | number, Json>;
  }
  return setAt(root, path, value, mode);
}
