#!/usr/bin/env python3
# This file is the benchmark harness's wasmtime runner (scripts/bench.mjs):
# `run_wasmtime.py app.wasm [args...]` runs a WASI preview 1 command module
# under wasmtime (the PyPI `wasmtime` package embeds the real engine), with
# stdout/stderr inherited, and exits with the module's exit status (2 after a
# trap). If $BENCH_TIMING_FILE is set, it writes there, as JSON, the seconds
# spent compiling the module (Cranelift, no cache) and running _start, so the
# harness can report the engine's compile time apart from the run.
import json
import os
import sys
import time

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
    store.set_wasi(cfg)
    t0 = time.perf_counter()
    module = wasmtime.Module.from_file(engine, path)
    t1 = time.perf_counter()
    instance = linker.instantiate(store, module)
    start = instance.exports(store)["_start"]
    code = 0
    try:
        start(store)
    except wasmtime.ExitTrap as e:
        code = e.code
    except wasmtime.Trap as e:
        sys.stdout.flush()
        sys.stderr.write(f"wasm trap: {e.message}\n")
        code = 2
    t2 = time.perf_counter()
    timing = os.environ.get("BENCH_TIMING_FILE")
    if timing:
        with open(timing, "w") as f:
            json.dump({"compile": t1 - t0, "run": t2 - t1}, f)
    return code


if __name__ == "__main__":
    sys.stdout.flush()
    sys.exit(main())
