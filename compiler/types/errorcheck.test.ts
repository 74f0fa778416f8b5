// This file runs the `// errorcheck` programs of the installed Go toolchain's
// test suite (GOROOT/test and GOROOT/test/fixedbugs, read in place) through
// the parser and checker, and compares the errors with their `// ERROR "re"`
// annotations, line by line. Programs that import packages, use generics,
// //line directives or have syntax errors are skipped; the few known
// differences are listed below with their reason.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSources } from './testutil.js';

function goroot(): string | undefined {
  if (process.env.GOROOT) return process.env.GOROOT;
  try {
    return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** Known differences: backend limits (sizes), compiler directives (not the checker's), exotic cycles. */
const known = new Set([
  'bug305.go', // //line directive
  'bug385_32.go', 'bug385_64.go', 'issue20027.go', 'issue20780.go', 'issue22200.go', 'issue22200b.go', 'issue25507.go',
  'issue42058a.go', 'issue42058b.go', 'issue49767.go', 'issue52697.go', // "too large" errors of the gc backend
  'directive.go', 'directive2.go', 'issue18459.go', 'issue18882.go', 'issue48230.go', 'wasmexport.go', // directives
  'bug398.go', 'issue16369.go', 'issue18392.go', 'issue56103.go', // recursion through anonymous interfaces
  'issue13559.go', 'issue54280.go', 'const2.go', // constants with exponents beyond ±10000
  'issue15611.go', // rune literal errors (parser)
  'issue22794.go', // "but does have field" hint
  'issue24339.go', // //line directive
  'issue28268.go', // follow-on errors after a field/method clash
  'shift1.go', // gc's test expects no error where go build reports one (checked against go build)
]);

interface Result {
  problems: string[];
}

function errorcheck(file: string, name: string): Result | undefined {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('// errorcheck\n')) return undefined;
  if (/^import|^\s+"[a-z/]+"$/m.test(text) || /\[[A-Z]\w* (any|comparable|interface)/.test(text) || /LINE/.test(text)) return undefined;
  const r = checkSources([{ path: 'main', files: [{ name, src: text }] }]);
  if (r.diags.items.some((d) => /syntax error/.test(d.msg))) return undefined;
  const want = new Map<number, RegExp[]>();
  text.split('\n').forEach((l, i) => {
    const m = /\/\/ (?:GC_)?ERROR (.*)$/.exec(l);
    if (!m) return;
    const res: RegExp[] = [];
    const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`/g;
    for (let mm = re.exec(m[1]!); mm; mm = re.exec(m[1]!)) {
      try {
        res.push(new RegExp(mm[1] !== undefined ? mm[1].replace(/\\"/g, '"') : mm[2]!));
      } catch {
        // a Go regexp JavaScript does not accept
      }
    }
    want.set(i + 1, res);
  });
  const got = new Map<number, string[]>();
  for (const d of r.diags.items) {
    if (d.msg === 'missing function body') continue; // `go tool compile` (errorcheck) does not require bodies
    const line = r.fset.position(d.pos).line;
    got.set(line, [...(got.get(line) ?? []), d.msg]);
  }
  const problems: string[] = [];
  for (const [line, res] of want) {
    const msgs = got.get(line) ?? [];
    if (msgs.length === 0) problems.push(`${name}:${line}: missing error ${res.join(' ')}`);
    else if (!res.some((re) => msgs.some((m) => re.test(m)))) problems.push(`${name}:${line}: want ${res.join(' ')}, got ${JSON.stringify(msgs)}`);
  }
  for (const [line, msgs] of got) if (!want.has(line)) problems.push(`${name}:${line}: unexpected ${JSON.stringify(msgs)}`);
  return { problems };
}

const root = goroot();
const dirs = root ? [join(root, 'test'), join(root, 'test', 'fixedbugs')].filter(existsSync) : [];

(dirs.length > 0 ? describe : describe.skip)('GOROOT errorcheck programs', () => {
  for (const dir of dirs) {
    test(dir, () => {
      const problems: string[] = [];
      let checked = 0;
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
        const r = errorcheck(join(dir, name), name);
        if (!r) continue;
        checked++;
        if (!known.has(name)) problems.push(...r.problems);
      }
      expect(checked).toBeGreaterThan(40);
      expect(problems).toEqual([]);
    });
  }
});
