// Tests of static initialisation (staticinit.ts): package-level composite
// literals of a real program become data, not code in the package inits.
// Behaviour (order, panics, later mutation) is covered by the golden programs
// testdata/programs/static_init.go and static_init_panic.go.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../driver.js';
import { emitProgram, emitText } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'gowasm-staticinit-'));
const hello = join(dir, 'hello.go');
writeFileSync(hello, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, 世界")\n}\n');

/** funcText returns the text of one function of a module printed by binaryen (names kept). */
function funcText(wat: string, name: string): string {
  const start = wat.indexOf(`\n (func $${name}\n`);
  if (start < 0) throw new Error(`no function ${name}`);
  const end = wat.indexOf('\n (func ', start + 1);
  return wat.slice(start, end < 0 ? undefined : end);
}

function contains(hay: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

describe('static initialisation', () => {
  test('the isPrint tables of strconv are data, not stores in strconv.init', async () => {
    const r = await compile({ inputs: [hello], stopAfter: 'ssa' });
    expect(r.diagnostics).toBe('');
    const prog = r.program!;
    const wat = emitText(prog, { optLevel: 0, shrinkLevel: 0, debugNames: true });
    const init = funcText(wat, 'strconv.init');
    // before: one i32.store16 per element of isPrint16 (424), isNotPrint16, isNotPrint32, isGraphic
    expect(init.match(/i32\.store16/g) ?? []).toHaveLength(0);
    expect(init.match(/i32\.store\b/g)?.length ?? 0).toBeLessThan(10);
    expect(init.split('\n').length).toBeLessThan(150);
    // the first elements of isPrint16 (32, 126, 161, 887 as little-endian uint16) are in a data segment
    const wasm = emitProgram(prog, { optLevel: 0, shrinkLevel: 0, debugNames: false });
    expect(contains(wasm, [0x20, 0, 0x7e, 0, 0xa1, 0, 0x77, 0x03])).toBe(true);
  }, 300_000);
});
