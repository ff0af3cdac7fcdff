import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';

/**
 * Ajv compiles a JSON Schema into JavaScript with `new Function`, which a strict Content-Security-Policy
 * (no 'unsafe-eval') forbids. For the production build, every `import … from 'ajv'` made by the runtime
 * resolves to a generated module: the runtime's definition schemas compiled at build time with Ajv's
 * standalone code generator, behind an `Ajv` whose `compile(schema)` returns the precompiled validator
 * for that exact schema (matched by a hash of its JSON). The runtime is unchanged: it still calls
 * `new Ajv(...).compile(schema)`. A schema that was not precompiled throws, so a gap fails loudly (and the
 * e2e test, which fails on console errors, catches it). `vite dev` keeps the real Ajv (no CSP there).
 */
const VIRTUAL = '\0oms-precompiled-ajv';
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (
  ajv: Ajv,
  refs: Record<string, string>,
) => string;

/** FNV-1a over the schema's JSON: the same function runs here and in the browser. */
const HASH_SOURCE = `function schemaHash(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return (h >>> 0).toString(16) + ':' + s.length; }`;
const schemaHash = new Function(`${HASH_SOURCE}; return schemaHash;`)() as (s: string) => string;

/** Standalone code uses CommonJS `require` for Ajv's small runtime helpers: turn them into ES imports. */
function toEsm(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/const (\w+) = require\("([^"]+)"\)(\.default)?;/g, (_m, name: string, spec: string, dflt?: string) => {
    const ns = `__dep${imports.length}`;
    imports.push(`import ${ns} from ${JSON.stringify(spec.endsWith('.js') ? spec : `${spec}.js`)};`);
    return dflt ? `const ${name} = (${ns} && ${ns}.default) || ${ns};` : `const ${name} = ${ns};`;
  });
  return `${imports.join('\n')}\n${body.replace(/^"use strict";/, '')}`;
}

async function generate(runtimeEntry: string): Promise<string> {
  const { tsImport } = await import('tsx/esm/api');
  const runtime = (await tsImport(runtimeEntry, import.meta.url)) as { definitionSchemas(): Record<string, Record<string, unknown>> };
  const schemas = runtime.definitionSchemas();
  // The same options as runtime/src/definitions/registry.ts.
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const refs: Record<string, string> = {};
  const table: string[] = [];
  Object.entries(schemas).forEach(([kind, schema], i) => {
    const id = `oms:kind:${kind}`;
    ajv.addSchema(schema, id);
    refs[`v${i}`] = id;
    table.push(`[${JSON.stringify(schemaHash(JSON.stringify(schema)))}, v${i}]`);
  });
  return `${toEsm(standaloneCode(ajv, refs))}
${HASH_SOURCE}
const precompiled = new Map([${table.join(', ')}]);
export class Ajv {
  compile(schema) {
    const fn = precompiled.get(schemaHash(JSON.stringify(schema)));
    if (!fn) throw new Error('OMS Studio: this JSON Schema was not precompiled at build time (designer/build/precompiled-ajv.ts)');
    return fn;
  }
}
export default Ajv;
`;
}

export function precompiledAjv(opts: { runtimeSrc: string }): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'oms-precompiled-ajv',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'ajv' && importer && path.resolve(importer).startsWith(opts.runtimeSrc)) return VIRTUAL;
      return null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return (code ??= generate(path.join(opts.runtimeSrc, 'index.ts')));
    },
  };
}
