// JSON Pointer segments (RFC 6901), the same paths the runtime's trace and checks report.
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function childPointer(base: string, ...keys: (string | number)[]): string {
  return keys.reduce<string>((p, k) => `${p}/${pointerSegment(k)}`, base);
}
