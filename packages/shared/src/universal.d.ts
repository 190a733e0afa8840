// The few web-standard APIs both runtimes have (Node ≥ 18 and every browser we support).
// Declared here because this package compiles with neither the DOM lib nor Node's types,
// so nothing runtime-specific can slip in.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
