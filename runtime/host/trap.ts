// This file implements the Go-like report of a WebAssembly trap: the engine's
// message is turned into `panic: runtime error: <message>` (with Go's wording
// where the meaning is the same) so that a trap looks like a Go runtime panic.

/** Exit status of a program that panics, as in Go. */
export const PANIC_EXIT_STATUS = 2;

const GO_WORDING: [RegExp, string][] = [
  [/divide by zero/i, 'integer divide by zero'],
  [/integer overflow/i, 'integer overflow'],
  [/out of bounds memory access|memory access out of bounds/i, 'invalid memory address or nil pointer dereference'],
  [/call stack|stack overflow|Maximum call stack/i, 'stack overflow'],
];

/** goTrapMessage maps an engine trap message to Go's runtime error text. */
export function goTrapMessage(engineMessage: string): string {
  for (const [re, text] of GO_WORDING) if (re.test(engineMessage)) return text;
  return engineMessage;
}

/** formatTrap returns the text printed on stderr for a trap. */
export function formatTrap(err: Error, debug: boolean): string {
  let text = `panic: runtime error: ${goTrapMessage(err.message)}\n\ngoroutine 1 [running]:\n`;
  if (debug && err.stack) text += `${err.stack}\n`;
  return text;
}

/** isTrap tells a WebAssembly trap (or a JS stack overflow inside wasm) from other errors. */
export function isTrap(err: unknown): err is Error {
  return err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
}
