// The helpers every connector shares. Runtime types are imported as types only: this package loads no runtime code,
// so a plugin's child process can read it (it is a declared dependency) without reading @oms/runtime.
export { classOfStatus, failure, failureText, isFailure, retryAfterMs } from './failure.js';
export { canonicalAddress, clip, compact, email, type CanonicalOrderOut, type RawAddress } from './canonical.js';
export { advanceCursor, EPOCH, openWindow, overlapMsOf, pullLimit, readCursor, windowStart, type PullWindow, type WindowCursor } from './cursor-window.js';
export { linesToFulfil, type CoveredLine, type FulfilmentInput, type RemoteLine } from './fulfilment.js';
