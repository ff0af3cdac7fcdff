/**
 * A tiny JSON parser that keeps source offsets, so a JSON Pointer can be mapped back to text.
 * It parses standard JSON (RFC 8259); anything else throws, and callers fall back to the document start.
 */
export interface JsonNode {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  start: number;
  end: number;
  /** Object members in source order (duplicate keys keep the last, like JSON.parse). */
  members?: Array<{ key: string; keyStart: number; keyEnd: number; value: JsonNode }>;
  items?: JsonNode[];
}

export function parseJsonTree(text: string): JsonNode {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`Unexpected input at offset ${i}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const str = (): string => {
    const start = i;
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: NonNullable<JsonNode['members']> = [];
      ws();
      if (text[i] === '}') return { type: 'object', start, end: ++i, members };
      for (;;) {
        ws();
        const keyStart = i;
        const key = str();
        const keyEnd = i;
        ws();
        if (text[i++] !== ':') fail();
        members.push({ key, keyStart, keyEnd, value: value() });
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return { type: 'object', start, end: ++i, members };
        fail();
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') return { type: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return { type: 'array', start, end: ++i, items };
        fail();
      }
    }
    if (c === '"') {
      str();
      return { type: 'string', start, end: i };
    }
    for (const [word, type] of [['true', 'boolean'], ['false', 'boolean'], ['null', 'null']] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { type, start, end: i };
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
    return { type: 'number', start, end: i };
  };
  const root = value();
  ws();
  if (i !== text.length) fail();
  return root;
}
