// This file implements the exit status of the gowasm command. It is the only
// place that sets it: commands call setExitStatus / failWith and return, and
// the process ends on its own once stdout and stderr are flushed.

/** A build that failed (compile errors, missing files), and a bad command line (as `go` does). */
export const EXIT_FAILURE = 2;
export const EXIT_USAGE = 2;

/** setExitStatus records the status the process ends with. */
export function setExitStatus(code: number): void {
  process.exitCode = code;
}

/** failWith prints `gowasm: msg` on stderr and records a failing status. */
export function failWith(msg: string, code: number = EXIT_FAILURE): void {
  process.stderr.write(msg.endsWith('\n') ? `gowasm: ${msg}` : `gowasm: ${msg}\n`);
  setExitStatus(code);
}

/** writeDiagnostics prints compiler diagnostics (already formatted) and records the status. */
export function writeDiagnostics(text: string, code: number): void {
  if (text) process.stderr.write(text);
  setExitStatus(code);
}

/** exitQuietlyOnBrokenPipe ends the process without a stack trace when stdout's reader goes
 * away (`gowasm ssa x.go | head`), as command-line tools do. */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
