#!/usr/bin/env python3
# This file runs a WASI preview 1 command module under wasmtime (the PyPI
# `wasmtime` package embeds the real engine): `run_wasmtime.py app.wasm [args...]`.
# stdin/stdout/stderr are inherited, the host root is preopened as "/" with PWD set (as Go's runner),
# and the process exits with the module's exit status (proc_exit), 0 when
# _start returns, or 2 after a trap (reported like a Go runtime panic, or like
# Go's fatal "stack overflow" when the wasm stack ran out). If $BENCH_TIMING_FILE
# is set, it writes there, as JSON, the seconds spent compiling the module
# (Cranelift, no cache) and running it (scripts/bench.mjs reports them apart).
#
# Stack: wasmtime's default max_wasm_stack is 2 MiB (1M frames fail with it), far below
# Go's 1 GB goroutine limit. The module runs on a thread whose native stack is
# WASM_STACK plus a margin for host frames, with max_wasm_stack = WASM_STACK, as
# runtime/host gives Node's worker thread a 1 GiB stack (without async support
# wasmtime checks the limit against the stack pointer at entry, so the real
# stack must be larger; pages are only committed as the recursion touches them).
import json
import os
import sys
import threading
import time

try:
    import wasmtime
except ImportError:
    sys.stderr.write("run_wasmtime.py: the wasmtime package is missing: pip install wasmtime\n")
    sys.exit(125)


WASM_STACK = 1 << 30
HOST_STACK_MARGIN = 64 << 20

STACK_OVERFLOW_REPORT = (
    "runtime: goroutine stack exceeds 1000000000-byte limit\n"
    "fatal error: stack overflow\n\nruntime stack:\n\ngoroutine 1 [running]:\n"
)


def main() -> int:
    if len(sys.argv) < 2:
        sys.stderr.write("usage: run_wasmtime.py app.wasm [args...]\n")
        return 125
    path = sys.argv[1]
    config = wasmtime.Config()
    # This build has async support, which requires max_wasm_stack <= async_stack_size (2 MiB by
    # default); the Python API has no setter for the latter, so call the C API (unused without async).
    wasmtime._ffi.wasmtime_config_async_stack_size_set(config.ptr(), WASM_STACK + HOST_STACK_MARGIN)
    config.max_wasm_stack = WASM_STACK
    engine = wasmtime.Engine(config)
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    cfg = wasmtime.WasiConfig()
    cfg.argv = [path] + sys.argv[2:]
    cfg.inherit_stdin()
    cfg.inherit_stdout()
    cfg.inherit_stderr()
    # as Go's wasip1 runner: the host's root as "/", relative paths resolved against $PWD
    cfg.preopen_dir("/", "/")
    cfg.env = [[k, v] for k, v in os.environ.items() if k != "PWD"] + [["PWD", os.getcwd()]]
    store.set_wasi(cfg)
    t0 = time.perf_counter()
    module = wasmtime.Module.from_file(engine, path)
    t1 = time.perf_counter()
    try:
        return run_start(linker, store, module)
    finally:
        timing = os.environ.get("BENCH_TIMING_FILE")
        if timing:
            with open(timing, "w") as f:
                json.dump({"compile": t1 - t0, "run": time.perf_counter() - t1}, f)


def run_start(linker: "wasmtime.Linker", store: "wasmtime.Store", module: "wasmtime.Module") -> int:
    """run_start instantiates the module, runs _start and returns the exit status."""
    instance = linker.instantiate(store, module)
    start = instance.exports(store)["_start"]
    try:
        start(store)
    except wasmtime.ExitTrap as e:
        return e.code
    except wasmtime.Trap as e:
        sys.stdout.flush()
        if e.trap_code == wasmtime.TrapCode.STACK_OVERFLOW:
            sys.stderr.write(STACK_OVERFLOW_REPORT)
            return 2
        sys.stderr.write(f"panic: runtime error: {e.message}\n\ngoroutine 1 [running]:\n")
        return 2
    return 0


def main_on_big_stack() -> int:
    """main, run on a thread with a native stack big enough for WASM_STACK."""
    status = [125]

    def run() -> None:
        status[0] = main()

    threading.stack_size(WASM_STACK + HOST_STACK_MARGIN)
    t = threading.Thread(target=run)
    t.start()
    t.join()
    return status[0]


if __name__ == "__main__":
    sys.exit(main_on_big_stack())
