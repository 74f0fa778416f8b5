// This file implements the Go-like report of a WebAssembly trap: the engine's
// message is turned into `panic: runtime error: <message>` (with Go's wording
// where the meaning is the same) so that a trap looks like a Go runtime panic.
// Running out of native stack is reported as Go reports exceeding its 1 GB
// goroutine stack limit: a fatal error, not a panic (both exit with status 2).

/** Exit status of a program that panics, as in Go. */
export const PANIC_EXIT_STATUS = 2;

const STACK_OVERFLOW = /call stack|stack overflow|Maximum call stack/i;

const GO_WORDING: [RegExp, string][] = [
  [/divide by zero/i, 'integer divide by zero'],
  [/integer overflow/i, 'integer overflow'],
  [/out of bounds memory access|memory access out of bounds/i, 'invalid memory address or nil pointer dereference'],
  [STACK_OVERFLOW, 'stack overflow'],
];

/** Go's report of a goroutine that outgrew its stack, up to the goroutine header (Go prints the
 * runtime's own frames under "runtime stack:" and the goroutine's frames after the header). */
export const STACK_OVERFLOW_REPORT =
  'runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nruntime stack:\n\ngoroutine 1 [running]:\n';

/** goTrapMessage maps an engine trap message to Go's runtime error text. */
export function goTrapMessage(engineMessage: string): string {
  for (const [re, text] of GO_WORDING) if (re.test(engineMessage)) return text;
  return engineMessage;
}

/** isStackOverflow tells whether an engine trap message means the native stack ran out. */
export function isStackOverflow(engineMessage: string): boolean {
  return STACK_OVERFLOW.test(engineMessage);
}

/** formatTrap returns the text printed on stderr for a trap. */
export function formatTrap(err: { readonly message: string; readonly stack?: string }, debug: boolean): string {
  let text = isStackOverflow(err.message)
    ? STACK_OVERFLOW_REPORT
    : `panic: runtime error: ${goTrapMessage(err.message)}\n\ngoroutine 1 [running]:\n`;
  if (debug && err.stack) text += `${err.stack}\n`;
  return text;
}

/** isTrap tells a WebAssembly trap (or a JS stack overflow inside wasm) from other errors. */
export function isTrap(err: unknown): err is Error {
  return err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
}
