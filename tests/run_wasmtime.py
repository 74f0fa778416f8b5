#!/usr/bin/env python3
# This file runs a WASI preview 1 command module under wasmtime (the PyPI
# `wasmtime` package embeds the real engine): `run_wasmtime.py app.wasm [args...]`.
# stdin/stdout/stderr are inherited, the working directory is preopened as ".",
# and the process exits with the module's exit status (proc_exit), 0 when
# _start returns, or 2 after a trap (reported like a Go runtime panic).
import sys

try:
    import wasmtime
except ImportError:
    sys.stderr.write("run_wasmtime.py: the wasmtime package is missing: pip install wasmtime\n")
    sys.exit(125)


def main() -> int:
    if len(sys.argv) < 2:
        sys.stderr.write("usage: run_wasmtime.py app.wasm [args...]\n")
        return 125
    path = sys.argv[1]
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    cfg = wasmtime.WasiConfig()
    cfg.argv = [path] + sys.argv[2:]
    cfg.inherit_stdin()
    cfg.inherit_stdout()
    cfg.inherit_stderr()
    cfg.preopen_dir(".", ".")
    store.set_wasi(cfg)
    module = wasmtime.Module.from_file(engine, path)
    instance = linker.instantiate(store, module)
    start = instance.exports(store)["_start"]
    try:
        start(store)
    except wasmtime.ExitTrap as e:
        return e.code
    except wasmtime.Trap as e:
        sys.stdout.flush()
        sys.stderr.write(f"panic: runtime error: {e.message}\n\ngoroutine 1 [running]:\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
