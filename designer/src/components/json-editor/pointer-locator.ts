import { parseJsonTree, type JsonNode } from './json-tree';

export interface TextRange {
  start: number;
  end: number;
  /** false when the pointer names something absent (e.g. a missing required property): the range is its nearest parent. */
  exact: boolean;
}

function unescapeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The text to highlight for a node: a property's key (plus a scalar value); an array item whole (a flow node,
 * a form field); the document root by its opening bracket only.
 */
function rangeOf(node: JsonNode, key?: { keyStart: number; keyEnd: number }, root = false): { start: number; end: number } {
  const scalar = node.type !== 'object' && node.type !== 'array';
  if (key) return { start: key.keyStart, end: scalar ? node.end : key.keyEnd };
  return root && !scalar ? { start: node.start, end: node.start + 1 } : { start: node.start, end: node.end };
}

/**
 * Map a JSON Pointer (RFC 6901) to a character range in `text`. Missing targets resolve to the nearest
 * existing ancestor; unparsable text resolves to the first character. Pure, so it is unit-tested.
 */
export function locatePointer(text: string, pointer: string): TextRange {
  let root: JsonNode;
  try {
    root = parseJsonTree(text);
  } catch {
    return { start: 0, end: Math.min(1, text.length), exact: false };
  }
  const segments = pointer === '' ? [] : pointer.replace(/^\//, '').split('/').map(unescapeSegment);
  let node = root;
  let range = rangeOf(root, undefined, true);
  for (const seg of segments) {
    if (node.type === 'object') {
      const member = [...(node.members ?? [])].reverse().find((m) => m.key === seg);
      if (!member) return { ...range, exact: false };
      node = member.value;
      range = rangeOf(node, member);
    } else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(seg) && Number(seg) < (node.items ?? []).length) {
      node = node.items![Number(seg)];
      range = rangeOf(node);
    } else {
      return { ...range, exact: false };
    }
  }
  return { ...range, exact: true };
}
