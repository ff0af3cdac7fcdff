import type { OperatorArgDoc, OperatorDef, OperatorDoc } from './types.js';

type Cat = OperatorDoc['category'];

/** Compact arg spec: "name:type" with a trailing "?" for optional, "..." for rest. */
function args(spec: string): OperatorArgDoc[] {
  if (!spec) return [];
  return spec.split(',').map((s) => {
    const [name, type] = s.trim().split(':');
    const optional = type.endsWith('?');
    return { name, type: optional ? type.slice(0, -1) : type, ...(optional ? { optional } : {}) };
  });
}

function doc(name: string, category: Cat, description: string, spec: string, example?: unknown): OperatorDoc {
  return { name, category, description, args: args(spec), ...(example === undefined ? {} : { example }) };
}

/** Registry of built-in (json-logic-js 2.0.5) and OMS operators, shown by the rule editor. */
export const BUILTIN_OPERATOR_DOCS: readonly OperatorDoc[] = [
  doc('var', 'data', 'Read a value by dotted path ("customer.tags", "lines.0.sku"); default when missing', 'path:string|number,default:any?', { var: 'shipTo.country' }),
  doc('missing', 'data', 'Keys among the arguments that are missing or empty', '...keys:string', { missing: ['shipTo.postcode'] }),
  doc('missing_some', 'data', 'Missing keys, or [] when at least N are present', 'need:number,keys:string[]', { missing_some: [1, ['email', 'phone']] }),
  doc('if', 'logic', 'if / else-if / else chain', 'condition:rule,then:rule,...else:rule?', { if: [{ '>': [{ var: 'totals.total' }, 1000] }, 'review', 'auto'] }),
  doc('?:', 'logic', 'Ternary (same as if)', 'condition:rule,then:rule,else:rule'),
  doc('and', 'logic', 'First falsy operand, or the last', '...operands:rule'),
  doc('or', 'logic', 'First truthy operand, or the last', '...operands:rule'),
  doc('!', 'logic', 'Not (an empty array is falsy)', 'value:any'),
  doc('!!', 'logic', 'Truthiness as a boolean', 'value:any'),
  doc('==', 'comparison', 'Loose equality (1 == "1")', 'a:any,b:any'),
  doc('===', 'comparison', 'Strict equality', 'a:any,b:any'),
  doc('!=', 'comparison', 'Loose inequality', 'a:any,b:any'),
  doc('!==', 'comparison', 'Strict inequality', 'a:any,b:any'),
  doc('>', 'comparison', 'Greater than', 'a:any,b:any'),
  doc('>=', 'comparison', 'Greater than or equal', 'a:any,b:any'),
  doc('<', 'comparison', 'Less than; with three operands a < b < c', 'a:any,b:any,c:any?'),
  doc('<=', 'comparison', 'Less or equal; with three operands a <= b <= c', 'a:any,b:any,c:any?'),
  doc('+', 'arithmetic', 'Sum (strings are parsed as numbers)', '...values:number'),
  doc('-', 'arithmetic', 'Difference, or negation with one operand', 'a:number,b:number?'),
  doc('*', 'arithmetic', 'Product', 'first:number,...values:number'),
  doc('/', 'arithmetic', 'Quotient', 'a:number,b:number'),
  doc('%', 'arithmetic', 'Remainder', 'a:number,b:number'),
  doc('min', 'arithmetic', 'Smallest value', '...values:number'),
  doc('max', 'arithmetic', 'Largest value', '...values:number'),
  doc('cat', 'string', 'Concatenate as text', '...values:any'),
  doc('substr', 'string', 'Substring from start (negative counts from the end) of a length (negative trims the end)', 'text:string,start:number,length:number?'),
  doc('in', 'string', 'Substring of a text, or member of a list', 'needle:any,haystack:string|array', { in: [{ var: 'shipTo.country' }, ['DE', 'AT']] }),
  doc('merge', 'array', 'Concatenate lists into one flat list', '...lists:array'),
  doc('map', 'iteration', 'Apply a rule to each item (the item is the data)', 'list:array,rule:rule'),
  doc('filter', 'iteration', 'Items for which the rule is truthy', 'list:array,rule:rule'),
  doc('reduce', 'iteration', 'Fold items; the rule sees {current, accumulator}', 'list:array,rule:rule,initial:any?'),
  doc('all', 'iteration', 'True when the rule holds for every item (false for an empty list)', 'list:array,rule:rule'),
  doc('some', 'iteration', 'True when the rule holds for at least one item', 'list:array,rule:rule', { some: [{ var: 'lines' }, { '>': [{ var: 'qty' }, 10] }] }),
  doc('none', 'iteration', 'True when the rule holds for no item', 'list:array,rule:rule'),
  doc('log', 'data', 'Return the value (and hand it to the engine log sink)', 'value:any'),
  doc('now', 'oms', 'Current time from the injected clock, epoch ms', '', { now: [] }),
  doc('timestamp', 'oms', 'Epoch ms of an ISO date (read in the time zone without an offset) or epoch value; null if invalid', 'date:date'),
  doc('days-since', 'oms', 'Fractional days from a date to now', 'date:date', { '>': [{ 'days-since': [{ var: 'placedAt' }] }, 3] }),
  doc('hours-since', 'oms', 'Fractional hours from a date to now', 'date:date'),
  doc('days-until', 'oms', 'Fractional days from now to a date', 'date:date'),
  doc('hours-until', 'oms', 'Fractional hours from now to a date', 'date:date'),
  doc('date-add', 'oms', 'Date plus minutes/hours (elapsed) or days/weeks (calendar days in the time zone), epoch ms', 'date:date,amount:number,unit:string?'),
  doc('hour-of-day', 'oms', 'Hour (0-23) of a date in the time zone (or in the IANA zone / minutes offset given)', 'date:date,zone:string|number?'),
  doc('day-of-week', 'oms', 'Weekday (0 = Sunday) of a date in the time zone (or in the IANA zone / minutes offset given)', 'date:date,zone:string|number?'),
  doc('distance-km', 'oms', 'Great-circle distance in km between two {lat, lon} points or lat1, lon1, lat2, lon2', 'from:point|number,to:point|number,lat2:number?,lon2:number?', { '<': [{ 'distance-km': [{ var: 'shipTo' }, { var: 'location' }] }, 50] }),
  doc('sum-lines', 'oms', 'Sum a line field over order lines, or qty × unitPrice without a field', 'lines:array,field:string?', { 'sum-lines': [{ var: 'lines' }, 'qty'] }),
  doc('count-lines', 'oms', 'Number of lines, or of lines whose field equals (or contains) a value', 'lines:array,field:string?,value:any?'),
  doc('postcode-prefix', 'oms', 'Postcode starts with any of the prefixes (case and spaces ignored)', 'postcode:string,prefixes:string|string[]', { 'postcode-prefix': [{ var: 'shipTo.postcode' }, ['SW', 'EC']] }),
  doc('region-in', 'oms', 'Address country ("US") or country-region ("US-CA") is among the codes', 'address:address|string,codes:string|string[]'),
  doc('has-tag', 'oms', 'Tags (a list, or an object with tags) contain any / all of the wanted tags', 'tags:string[]|object,wanted:string|string[],mode:"any"|"all"?', { 'has-tag': [{ var: 'customer.tags' }, ['vip']] }),
];

/** Built-in docs plus an engine's custom operators (which may override OMS ones). */
export function describeOperators(custom: Record<string, OperatorDef>): OperatorDoc[] {
  const byName = new Map(BUILTIN_OPERATOR_DOCS.map((d) => [d.name, d] as const));
  for (const [name, def] of Object.entries(custom)) {
    byName.set(name, { name, category: 'custom', description: def.description ?? '', args: def.args ?? [] });
  }
  return [...byName.values()];
}
