import { X12Error } from './x12-error.js';

export interface Delimiters {
  element: string;
  component: string;
  segment: string;
}

export interface Segment {
  id: string;
  /** elements[1] is element 01; elements[0] is the segment id. */
  elements: string[];
  /** 1-based position in the file. */
  index: number;
  line: number;
}

/** The ISA segment is fixed width: 106 characters, delimiters at known offsets. */
const ISA_LENGTH = 106;

/**
 * Splits an X12 interchange into segments with their file position. Our own tokenizer (not node-x12) because
 * every error must name the exact segment number, line and element, and a file with a bad delimiter must be
 * refused rather than guessed at.
 */
export function tokenize(text: string): { delimiters: Delimiters; segments: Segment[] } {
  const start = text.search(/\S/);
  const body = start < 0 ? '' : text.slice(start).replace(/^\uFEFF/, '');
  const first = { segment: 1, line: 1 + countLines(text, Math.max(0, start)), id: 'ISA' };
  if (!body.startsWith('ISA')) throw new X12Error(`the file does not start with an ISA segment (found '${body.slice(0, 3)}')`, first, '1');
  if (body.length < ISA_LENGTH) throw new X12Error(`ISA is ${body.length} characters, an ISA segment has ${ISA_LENGTH}`, first);
  const delimiters: Delimiters = { element: body[3], component: body[104], segment: body[105] };
  if (/[A-Za-z0-9 ]/.test(delimiters.element) || /[A-Za-z0-9 ]/.test(delimiters.segment) || delimiters.element === delimiters.segment) {
    throw new X12Error(`ISA delimiters are not usable (element '${delimiters.element}', segment '${delimiters.segment}')`, first);
  }
  const isaElements = body.slice(0, 105).split(delimiters.element);
  if (isaElements.length !== 17) throw new X12Error(`ISA has ${isaElements.length - 1} elements, it must have 16 at fixed widths`, first);

  const segments: Segment[] = [];
  // Line of a position: newlines counted once, left to right (the terminator itself may be a newline).
  let line = first.line;
  let counted = 0;
  const lineAt = (index: number) => {
    for (; counted < index; counted++) if (body[counted] === '\n') line++;
    return line;
  };
  let pos = 0;
  while (pos < body.length) {
    const end = body.indexOf(delimiters.segment, pos);
    const raw = body.slice(pos, end < 0 ? body.length : end);
    const lead = raw.length - raw.replace(/^[\r\n]+/, '').length;
    const content = raw.slice(lead).replace(/[\r\n]+$/, '');
    if (content.trim()) {
      const elements = content.split(delimiters.element);
      segments.push({ id: elements[0].trim(), elements, index: segments.length + 1, line: lineAt(pos + lead) });
      if (end < 0) throw new X12Error('the last segment has no segment terminator', { segment: segments.length, line: lineAt(pos + lead), id: elements[0] });
    }
    pos = end < 0 ? body.length : end + 1;
  }
  return { delimiters, segments };
}

function countLines(s: string, upTo: number): number {
  let n = 0;
  for (let i = 0; i < upTo && i < s.length; i++) if (s[i] === '\n') n++;
  return n;
}
