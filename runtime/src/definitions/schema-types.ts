/**
 * Compile-time guards tying hand-written definition types to their JSON Schemas (FromSchema).
 * `InSync<Hand, Derived>` is mutual assignability: looser than identical, so doc comments and named
 * sub-interfaces stay, yet a changed property type on either side fails `tsc` with the path that
 * drifted. Assignability ignores an optional property present on one side only, so `KeyTree` turns
 * both sides into trees of required keys and `InSync` compares those too.
 */
export type InSync<A extends B, B extends C, C = A> = [A, B];

/** Every key at every depth made required, leaves collapsed to `1`: equal trees mean equal key sets. */
export type KeyTree<T> = T extends readonly (infer E)[]
  ? KeyTree<E>[]
  : T extends object
    ? { [K in keyof T]-?: KeyTree<Exclude<T[K], undefined>> }
    : 1;
