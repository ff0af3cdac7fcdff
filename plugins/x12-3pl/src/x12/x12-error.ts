/** Where in a file a problem is: the segment's 1-based number in the file, its line, its id and element. */
export interface X12Position {
  /** 1-based position of the segment in the file (ISA = 1). */
  segment: number;
  line: number;
  id: string;
  /** 1-based element number (02 = the second element after the segment id). */
  element?: number;
  /** 1-based position inside the transaction set (ST = 1), for AK3 of a 997. */
  inSet?: number;
  /** The offending value, for AK4 of a 997. */
  value?: string;
}

/** A malformed file: the message names the segment and element, e.g. `segment 9 (line 9) W12 element 02: …`. */
export class X12Error extends Error {
  constructor(
    readonly problem: string,
    readonly at?: X12Position,
    /** X12 syntax error code for a 997 AK4 (1 mandatory missing, 6 invalid character, 7 invalid code, 8 bad date...). */
    readonly code = '6',
  ) {
    super(at ? `${where(at)}: ${problem}` : problem);
    this.name = 'X12Error';
  }
}

const two = (n: number) => String(n).padStart(2, '0');

export function where(at: X12Position): string {
  return `segment ${at.segment} (line ${at.line}) ${at.id}${at.element ? ` element ${two(at.element)}` : ''}`;
}
