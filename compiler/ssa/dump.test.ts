// Debug helper (not a real test): GOFILE=path [FN=substr] [RT=1] prints the SSA of main's functions.
import { readFileSync } from 'node:fs';
import { build } from './testutil.js';
import { printFunction } from './index.js';

const file = process.env.GOFILE;
(file ? test : test.skip)('dump', () => {
  const { prog } = build([{ name: file!, src: readFileSync(file!) }], !!process.env.RT);
  const only = process.env.FN;
  const out: string[] = [];
  for (const f of prog.functions) if ((process.env.RT ? true : f.pkg === 'main') && (!only || f.name.includes(only))) out.push(printFunction(f));
  process.stdout.write(out.join('\n'));
});
