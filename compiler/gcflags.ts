// This file owns -gcflags: reading the go command's compiler-flag arguments
// (`[pattern=]flags`, as in `go build -gcflags=all=-d=checkptr`) into the
// options gowasm implements. One is implemented: `-d=maymorestack=PKG.FUNC`,
// gc's testing hook that calls a function at the start of every function
// that could grow the stack (compiler/ssa/stackhook.ts). Every other flag is
// reported as not supported, never ignored: gc's flags change code
// generation in ways a program can observe.

/** What -gcflags asked for, in the terms of gowasm's compiler. */
export interface GcFlags {
  /** `-d=maymorestack=NAME`: the hook's link name (PKG.FUNC) and the packages whose functions call
   * it: 'all', or import paths (the go command's default: the packages named on the command line,
   * which for gowasm is package main). */
  readonly maymorestack?: { readonly hook: string; readonly packages: 'all' | readonly string[] };
}

/** parseGcflags reads the values of -gcflags options, later ones overriding earlier ones. */
export function parseGcflags(values: readonly string[]): { flags: GcFlags } | { error: string } {
  let flags: GcFlags = {};
  for (const value of values) {
    let packages: 'all' | string[] = ['main'];
    let rest = value.trim();
    if (rest !== '' && !rest.startsWith('-')) {
      const eq = rest.indexOf('=');
      const pattern = eq < 0 ? rest : rest.slice(0, eq);
      if (eq < 0) return { error: `-gcflags=${value}: missing =flags after the package pattern` };
      if (pattern.includes('...') || pattern === 'std' || pattern === 'cmd') {
        return { error: `-gcflags: package pattern ${pattern} is not yet supported (use all or an import path)` };
      }
      packages = pattern === 'all' ? 'all' : [pattern];
      rest = rest.slice(eq + 1);
    }
    const words = splitQuoted(rest);
    if (words === undefined) return { error: `-gcflags=${value}: unterminated quote` };
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let list: string | undefined;
      if (w === '-d' || w === '--d') list = words[++i];
      else if (w.startsWith('-d=') || w.startsWith('--d=')) list = w.slice(w.indexOf('=') + 1);
      else return { error: `-gcflags: ${w} is not yet supported` };
      if (list === undefined || list === '') return { error: '-gcflags: -d needs a list of debug settings' };
      for (const item of list.split(',')) {
        const [name, setting] = splitOnce(item, '=');
        if (name !== 'maymorestack') return { error: `-gcflags: -d=${item} is not yet supported` };
        // PKG.NAME: an import path, then the function's name after the last dot.
        if (!setting || !/^[^\s]+\.[\p{L}_][\p{L}\p{Nd}_]*$/u.test(setting)) {
          return { error: `-gcflags: -d=maymorestack wants a function as PKG.NAME, not ${JSON.stringify(setting ?? '')}` };
        }
        flags = { ...flags, maymorestack: { hook: setting, packages } };
      }
    }
  }
  return { flags };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** splitQuoted splits on spaces, with '...' and "..." quoting as the go command's flag lists;
 * undefined for an unterminated quote. */
function splitQuoted(s: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  let any = false;
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      any = true;
    } else if (/\s/u.test(c)) {
      if (any || cur !== '') out.push(cur);
      cur = '';
      any = false;
    } else {
      cur += c;
    }
  }
  if (quote) return undefined;
  if (any || cur !== '') out.push(cur);
  return out;
}
