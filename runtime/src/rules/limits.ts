import { pointerSegment } from '../core/issue.js';
import { RuleError, type RuleLimits } from './types.js';

export const DEFAULT_LIMITS: RuleLimits = {
  maxBytes: 16 * 1024,
  maxDepth: 32,
  maxNodes: 500,
  iterationBudget: 100_000,
};

/**
 * Work units one host operation may spend across all its rule evaluations (a routing decision evaluates
 * `where` per location × line, a review every rule, a form visibleIf per row): passed as `env.meter`, so the
 * number of evaluations cannot multiply the per-evaluation budget. Each evaluation also draws its size.
 */
export const SLOT_WORK_BUDGET = 200_000;

/** A fresh shared meter for one host operation. */
export function slotMeter(units: number = SLOT_WORK_BUDGET): { remaining: number } {
  return { remaining: units };
}

/** A plain one-key object is an operator node (json-logic-js `is_logic`). */
export function isLogic(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  let n = 0;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && ++n > 1) return false;
  return n === 1;
}

export function opOf(v: Record<string, unknown>): string {
  return Object.keys(v)[0];
}

/** Operator nodes inside a rule (bounded: rules are measured before they are compiled). */
export function countNodes(rule: unknown): number {
  if (Array.isArray(rule)) return rule.reduce((n: number, r) => n + countNodes(r), 0);
  if (!isLogic(rule)) return 0;
  return 1 + countNodes(rule[opOf(rule)]);
}

/** UTF-8 byte length without TextEncoder (the runtime targets plain ES2022). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Check the static limits before anything recursive touches the rule. Depth counts operator nodes and
 * literal containers (an operator's own argument list is part of its node); descent stops at the limit,
 * so a 20,000-deep rule costs 33 steps. Character volume is tallied during the walk so huge literals
 * stop early; the exact byte size is measured once the shape is known to be small.
 */
export function measureRule(rule: unknown, limits: RuleLimits): void {
  let nodes = 0;
  let chars = 0;
  const walk = (v: unknown, depth: number, path: string): void => {
    if (++chars > limits.maxBytes) throw tooLarge(limits);
    const t = typeof v;
    if (t === 'string') {
      chars += (v as string).length;
      if (chars > limits.maxBytes) throw tooLarge(limits);
      return;
    }
    if (t === 'function' || t === 'symbol' || t === 'bigint') {
      throw new RuleError('rule.invalid-value', `A rule may only contain JSON values (found a ${t})`, path, { type: t });
    }
    if (t !== 'object' || v === null) return;
    if (depth + 1 > limits.maxDepth) {
      throw new RuleError('rule.too-deep', `Rule nesting exceeds ${limits.maxDepth} levels`, path, { max: limits.maxDepth });
    }
    if (isLogic(v)) {
      if (++nodes > limits.maxNodes) {
        throw new RuleError('rule.too-many-nodes', `Rule has more than ${limits.maxNodes} operators`, path, { max: limits.maxNodes });
      }
      const op = opOf(v);
      const args = v[op];
      const base = path + '/' + pointerSegment(op);
      chars += op.length;
      if (Array.isArray(args)) args.forEach((a, i) => walk(a, depth + 1, base + '/' + i));
      else walk(args, depth + 1, base);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((a, i) => walk(a, depth + 1, path + '/' + i));
      return;
    }
    for (const k of Object.keys(v as object)) {
      chars += k.length;
      walk((v as Record<string, unknown>)[k], depth + 1, path + '/' + pointerSegment(k));
    }
  };
  walk(rule, 0, '');
  const json = JSON.stringify(rule) ?? '';
  if (utf8Length(json) > limits.maxBytes) throw tooLarge(limits);
}

function tooLarge(limits: RuleLimits): RuleError {
  return new RuleError('rule.too-large', `Serialized rule exceeds ${limits.maxBytes} bytes`, '', { max: limits.maxBytes });
}
