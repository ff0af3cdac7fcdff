// The flow designer's decision panel reaches the rule builder, whose JSON view imports Monaco workers with
// Vite's `?worker` suffix: the designer tests type-check those imports with Vite's client types.
/// <reference types="vite/client" />
