// This file implements the gowasm command line (commander): build, run,
// version, env, ssa and check, each with --help. Exit statuses are set in exit.ts.

import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { buildCommand, checkCommand, envCommand, runCommand, splitRunOperands, ssaCommand, versionCommand } from './commands.js';
import { EXIT_USAGE, exitQuietlyOnBrokenPipe, failWith, setExitStatus } from './exit.js';
import { BUILD_DEFAULT, parseOpt, RUN_DEFAULT, type OptChoice } from './opt.js';

function optOption(defaultFlag: string): Option {
  return new Option('-O, --opt <level>', `optimisation level: 0, 1, 2, 3, s or z, written -O2, -Os… (default ${defaultFlag})`);
}

/** gcflagsOption is --gcflags, repeatable, with the go command's syntax (compiler/gcflags.ts). */
function gcflagsOption(): Option {
  return new Option('--gcflags <[pattern=]flags>', "compiler flags as go build's -gcflags; gowasm implements -d=maymorestack=PKG.FUNC")
    .argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
}

function pickOpt(value: string | undefined, fallback: OptChoice): OptChoice | undefined {
  if (value === undefined) return fallback;
  const o = parseOpt(value);
  if (!o) failWith(`invalid optimisation level -O${value} (want -O0, -O1, -O2, -O3, -Os or -Oz)`, EXIT_USAGE);
  return o;
}

/** main parses argv (without the node and script entries) and runs one subcommand. */
export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnBrokenPipe();
  // Arguments after "--" belong to the program that `gowasm run` runs.
  const dd = argv.indexOf('--');
  const programArgs = dd >= 0 ? argv.slice(dd + 1) : undefined;
  const ours = dd >= 0 ? argv.slice(0, dd) : argv;

  const program = new Command();
  program
    .name('gowasm')
    .description('Compile Go programs to WebAssembly (WASI preview 1) and run them')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError(false)
    .enablePositionalOptions();

  program
    .command('build')
    .description('compile a package main (FILE.go... or DIR) to a .wasm module')
    .argument('[inputs...]', 'Go files of one package, or its directory (default: the current directory)')
    .option('-o, --output <file>', 'write the module to file (default: NAME.wasm after the first file or the directory)')
    .addOption(optOption(BUILD_DEFAULT.flag))
    .addOption(gcflagsOption())
    .action(async (inputs: string[], o: { output?: string; opt?: string; gcflags?: string[] }) => {
      const opt = pickOpt(o.opt, BUILD_DEFAULT);
      if (opt) await buildCommand(inputs.length > 0 ? inputs : ['.'], { output: o.output, opt, gcflags: o.gcflags ?? [] });
    });

  program
    .command('run')
    .description('compile (cached) and run a program under Node WASI: FILE.go... | DIR | app.wasm [-- args...]')
    .argument('<inputs...>', 'Go files, a directory or a .wasm module, then the program arguments')
    .addOption(optOption(RUN_DEFAULT.flag))
    .addOption(gcflagsOption())
    .passThroughOptions()
    .action(async (operands: string[], o: { opt?: string; gcflags?: string[] }) => {
      const opt = pickOpt(o.opt, RUN_DEFAULT);
      if (!opt) return;
      const { inputs, args } = splitRunOperands(operands, programArgs);
      await runCommand(inputs, args, { opt, gcflags: o.gcflags ?? [] });
    });

  program
    .command('version')
    .description('print the gowasm version')
    .action(() => versionCommand());

  program
    .command('env')
    .description('print GOROOT, the Go version, the gowasm version and the cache directory')
    .action(() => envCommand());

  program
    .command('ssa')
    .description("print the SSA form of a program: package main's globals and functions, every package's with --all, or one function with --func")
    .argument('[inputs...]', 'Go files of one package, or its directory (default: the current directory)')
    .option('--func <name>', 'print only this function (link name, e.g. main.main or fib)')
    .option('--all', 'print the whole program (the runtime and std packages too)')
    .addOption(gcflagsOption())
    .action(async (inputs: string[], o: { func?: string; all?: boolean; gcflags?: string[] }) => {
      await ssaCommand(inputs.length > 0 ? inputs : ['.'], { ...o, gcflags: o.gcflags ?? [] });
    });

  program
    .command('check')
    .description('report syntax and type errors of packages without compiling them')
    .argument('[paths...]', 'Go files (one package), package directories and std import paths or "std" (default: the current directory)')
    .option('--syntax-only', 'only parse: every .go file under the paths, directories recursively, _test.go and files excluded by build constraints included')
    .addHelpText(
      'after',
      `
Without --syntax-only, each directory is a package, the .go files named are one more, and an operand
that is not a file is an import path (fmt, encoding/json; "std" is every std package). Imports are
resolved from runtime/go (our overrides) and GOROOT/src, with the build constraints for wasip1/wasm,
and checked first; their errors are printed only when one fails (under a "# path" header).
Diagnostics are printed as go build prints them (file:line:col: message); nothing is printed when all
is clean. Exit status: 2 after any error, 0 otherwise.`,
    )
    .action(async (paths: string[], o: { syntaxOnly?: boolean }) => {
      await checkCommand(paths.length > 0 ? paths : ['.'], { syntaxOnly: o.syntaxOnly === true });
    });

  try {
    await program.parseAsync(ours, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exitCode 0; usage errors were already printed.
      setExitStatus(e.exitCode === 0 ? 0 : EXIT_USAGE);
      return;
    }
    const msg = e instanceof Error ? e.message : String(e);
    failWith(`internal error: ${msg}${process.env.GOWASM_DEBUG === '1' && e instanceof Error ? `\n${e.stack}` : ''}`);
  }
}

// Run when executed as the entry point (bin/gowasm.js imports this module and calls main itself).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
