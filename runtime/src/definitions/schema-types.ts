/**
 * Compile-time guards tying hand-written definition types to their JSON Schemas (FromSchema).
 * `InSync<Hand, Derived>` is mutual assignability: looser than identical, so doc comments and named
 * sub-interfaces stay, yet a changed property type on either side fails `tsc` with the path that
 * drifted. Assignability ignores an optional property present on one side only, so both sides'
 * `KeyPaths` (every dotted key path, as string literals) must be `InSync` too.
 */
export type InSync<A extends B, B extends C, C = A> = [A, B];

type Prev = [never, 0, 1, 2, 3, 4, 5, 6, 7];
/** Declared keys without index signatures (an index signature's `string` would swallow them). */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 } & keyof T & string;
type Sub<T, D extends number> = KeyPaths<Exclude<T, undefined>, D>;

/**
 * `'layout' | 'layout.sections' | 'layout.sections.rows' | ...`; arrays are transparent, a string
 * index signature reads `*`. A union of literals, not a nested mapped type: nested ones pass unchecked
 * once TS's "deeply nested" heuristic kicks in (a key dropped 4 levels down went unnoticed). Bounded
 * at `D` levels so recursive types (form fields) terminate.
 */
export type KeyPaths<T, D extends number = 7> = [D] extends [never]
  ? never
  : T extends readonly (infer E)[]
    ? KeyPaths<E, D>
    : T extends object
      ?
          | { [K in KnownKeys<T>]: K | `${K}.${Sub<T[K], Prev[D]>}` }[KnownKeys<T>]
          | (T extends { [k: string]: infer V } ? (string extends keyof T ? '*' | `*.${Sub<V, Prev[D]>}` : never) : never)
      : never;
