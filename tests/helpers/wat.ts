// This file implements test helpers that assemble small hand-written WASI
// modules from WebAssembly text with wabt (used to test the host runner and
// the CLI independently of the compiler).

import wabtInit from 'wabt';

let wabt: Awaited<ReturnType<typeof wabtInit>> | undefined;

/** wat2wasm assembles a module in the text format. */
export async function wat2wasm(text: string): Promise<Uint8Array> {
  wabt ??= await wabtInit();
  const mod = wabt.parseWat('test.wat', text, {});
  try {
    mod.validate();
    return new Uint8Array(mod.toBinary({}).buffer);
  } finally {
    mod.destroy();
  }
}

const IMPORTS = `
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
`;

/** A module writing `text` to fd, then exiting with `code` (or returning from _start when code is undefined). */
export function helloWat(text: string, fd: number, code?: number): string {
  const bytes = Buffer.from(text, 'utf8');
  const escaped = [...bytes].map((b) => `\\${b.toString(16).padStart(2, '0')}`).join('');
  return `(module ${IMPORTS}
  (memory (export "memory") 1)
  (data (i32.const 64) "${escaped}")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const ${bytes.length}))
    (drop (call $fd_write (i32.const ${fd}) (i32.const 0) (i32.const 1) (i32.const 8)))
    ${code === undefined ? '' : `(call $proc_exit (i32.const ${code}))`}))`;
}

/** A module that exits with its argument count (argv[0] included). */
export const ARGC_EXIT_WAT = `(module ${IMPORTS}
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (call $proc_exit (i32.load (i32.const 0)))))`;

/** A module whose _start traps with the given body (e.g. "unreachable"). */
export function trapWat(body: string): string {
  return `(module ${IMPORTS}
  (memory (export "memory") 1)
  (func (export "_start") ${body}))`;
}
