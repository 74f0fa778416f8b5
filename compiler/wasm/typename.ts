// This file implements rtypeName: a type's name as Go's runtime spells it in
// panic messages and in type descriptors (`main.T`, `*main.T`, `[]int`,
// `map[string]int`, `func(int) string`, `struct { A int }`, `interface {}`,
// `interface { M() }`, `error`, `uint8` for byte, `int32` for rune). Named
// types are qualified by their package *name* (not path), as the runtime does;
// type arguments are spelled as Go's link names spell them (package paths, and
// `·N` after a type declared inside a function: `main.G[encoding/json.Number]`,
// `main.G[main.L·2]`). Local types of generic functions have one type per
// instantiation (compiler/ssa/localtypes.ts): `main.T[int,string;int]`.

import type { Signature, Type } from '../types/index.js';
import { BasicKind } from '../types/index.js';
import { localCopyOf, localTypeGen } from '../ssa/index.js';

const basicNames: Partial<Record<BasicKind, string>> = {
  [BasicKind.Bool]: 'bool',
  [BasicKind.Int]: 'int',
  [BasicKind.Int8]: 'int8',
  [BasicKind.Int16]: 'int16',
  [BasicKind.Int32]: 'int32',
  [BasicKind.Int64]: 'int64',
  [BasicKind.Uint]: 'uint',
  [BasicKind.Uint8]: 'uint8',
  [BasicKind.Uint16]: 'uint16',
  [BasicKind.Uint32]: 'uint32',
  [BasicKind.Uint64]: 'uint64',
  [BasicKind.Uintptr]: 'uintptr',
  [BasicKind.Float32]: 'float32',
  [BasicKind.Float64]: 'float64',
  [BasicKind.Complex64]: 'complex64',
  [BasicKind.Complex128]: 'complex128',
  [BasicKind.String]: 'string',
  [BasicKind.UnsafePointer]: 'unsafe.Pointer',
};

/** rtypeName spells t as Go's runtime does, or (link) as Go's link names spell type arguments. */
export function rtypeName(t: Type, link = false): string {
  const r = (x: Type): string => rtypeName(x, link);
  switch (t.kind) {
    case 'Basic':
      return basicNames[t.basic] ?? t.name;
    case 'Named': {
      const copy = localCopyOf(t);
      const obj = copy ? copy.orig.obj : t.obj;
      const pkg = obj.pkg;
      let s = pkg ? `${link ? pkg.path : pkg.name}.${obj.name}` : obj.name;
      const args = (ts: readonly Type[]) => ts.map((a) => rtypeName(a, true)).join(',');
      if (copy) s += `[${args(copy.implicits)}${copy.own ? `;${args(copy.own)}` : ''}]`;
      else if (t.typeArgs?.length) s += `[${args(t.typeArgs)}]`;
      const gen = link ? localTypeGen(t.origin?.obj ?? obj) : 0;
      return gen ? `${s}·${gen}` : s;
    }
    case 'Pointer':
      return `*${r(t.elem)}`;
    case 'Slice':
      return `[]${r(t.elem)}`;
    case 'Array':
      return `[${t.len}]${r(t.elem)}`;
    case 'Map':
      return `map[${r(t.key)}]${r(t.elem)}`;
    case 'Chan': {
      const e = r(t.elem);
      if (t.dir === 'send') return `chan<- ${e}`;
      if (t.dir === 'recv') return `<-chan ${e}`;
      // `chan (<-chan int)`: "<-" would bind to the leftmost chan (Go's runtime spells it so too)
      return t.elem.kind === 'Chan' && t.elem.dir === 'recv' ? `chan (${e})` : `chan ${e}`;
    }
    case 'Signature':
      return `func${sigString(t, link)}`;
    case 'Struct': {
      if (t.fields.length === 0) return 'struct {}';
      const fs = t.fields.map((f, i) => {
        let s = f.embedded ? r(f.type) : `${f.name} ${r(f.type)}`;
        const tag = t.tags[i];
        if (tag) s += ` ${JSON.stringify(tag)}`;
        return s;
      });
      return `struct { ${fs.join('; ')} }`;
    }
    case 'Interface': {
      const ms = (t.allMethods ?? t.methods).map((m) => `${m.name}${sigString(m.type as Signature, link)}`);
      if (ms.length === 0) return 'interface {}';
      return `interface { ${[...ms].sort().join('; ')} }`;
    }
    case 'Tuple':
      return `(${t.vars.map((v) => r(v.type)).join(', ')})`;
    default:
      return t.kind;
  }
}

function sigString(s: Signature, link: boolean): string {
  const r = (x: Type): string => rtypeName(x, link);
  const ps = s.params.vars.map((v, i) => {
    if (s.variadic && i === s.params.vars.length - 1 && v.type.kind === 'Slice') return `...${r(v.type.elem)}`;
    return r(v.type);
  });
  let out = `(${ps.join(', ')})`;
  const rs = s.results.vars.map((v) => r(v.type));
  if (rs.length === 1) out += ` ${rs[0]}`;
  else if (rs.length > 1) out += ` (${rs.join(', ')})`;
  return out;
}
