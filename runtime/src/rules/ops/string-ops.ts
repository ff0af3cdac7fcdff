/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors json-logic-js's loose string handling. */
import { charge, stringUnits } from '../eval-context.js';
import { eager, evalAll, type OpSpec } from './op-spec.js';

/** `cat` joins like Array.prototype.join(''): null and undefined become ''. Output size draws on the budget. */
const cat: OpSpec = eager((v, _d, c) => {
  const s = v.join('');
  charge(c, stringUnits(s.length));
  return s;
});

/** `substr` with PHP-style negative length, exactly as json-logic-js. */
const substr: OpSpec = eager((v, _d, c) => {
  const source: any = v[0];
  const start: any = v[1];
  const end: any = v[2];
  let out: string;
  if (end < 0) {
    const temp = String(source).substr(start);
    out = temp.substr(0, temp.length + end);
  } else {
    out = String(source).substr(start, end);
  }
  charge(c, stringUnits(out.length));
  return out;
});

/** `in`: substring of a string or member of an array (strict equality). Scanning draws on the budget. */
function inValue(a: unknown, b: any, c: Parameters<typeof charge>[0]): boolean {
  if (!b || typeof b.indexOf === 'undefined') return false;
  if (typeof b.length === 'number') charge(c, stringUnits(b.length));
  return b.indexOf(a) !== -1;
}

const inOp: OpSpec = {
  compile({ args }) {
    if (args.length === 2) {
      const [x, y] = args;
      return (d, c) => {
        const a = x(d, c);
        return inValue(a, y(d, c), c);
      };
    }
    return (d, c) => {
      const v = evalAll(args, d, c);
      return inValue(v[0], v[1], c);
    };
  },
};

export const stringOps: Record<string, OpSpec> = { cat, substr, in: inOp };
