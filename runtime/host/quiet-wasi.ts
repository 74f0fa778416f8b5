// This file implements loading node:wasi without Node's ExperimentalWarning
// ("WASI is an experimental feature…") reaching the terminal: the warning is
// emitted when the module is first imported, so process.emitWarning is wrapped
// to drop exactly that warning before a dynamic import (static imports would be
// hoisted above the wrapper). Every other warning passes through unchanged.

type WasiModule = typeof import('node:wasi');

let loaded: Promise<WasiModule> | undefined;

function isWasiWarning(warning: string | Error, rest: unknown[]): boolean {
  const first = rest[0];
  let type: string | undefined;
  if (typeof first === 'string') type = first;
  else if (first !== null && typeof first === 'object' && 'type' in first) {
    const t = (first as { type?: unknown }).type;
    if (typeof t === 'string') type = t;
  }
  if (warning instanceof Error) type ??= warning.name;
  return type === 'ExperimentalWarning' && String(warning instanceof Error ? warning.message : warning).includes('WASI');
}

/** loadWasi returns node:wasi, imported once, with its ExperimentalWarning suppressed. */
export function loadWasi(): Promise<WasiModule> {
  if (!loaded) {
    const original = process.emitWarning;
    // The wrapper must accept every overload of emitWarning and forward it untouched.
    const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]): void {
      if (isWasiWarning(warning, rest)) return;
      (original as (...args: unknown[]) => void).call(process, warning, ...rest);
    };
    process.emitWarning = filtered as typeof process.emitWarning;
    // The warning is emitted asynchronously after the import; keep the filter installed.
    loaded = import('node:wasi');
  }
  return loaded;
}
