// This file implements rtypeName: a type's name as Go's runtime spells it in
// panic messages and in type descriptors (`main.T`, `*main.T`, `[]int`,
// `map[string]int`, `func(int) string`, `struct { A int }`, `interface {}`,
// `interface { M() }`, `error`, `uint8` for byte, `int32` for rune). Named
// types are qualified by their package *name* (not path), as the runtime does.

import type { Signature, Type } from '../types/index.js';
import { BasicKind } from '../types/index.js';

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

export function rtypeName(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return basicNames[t.basic] ?? t.name;
    case 'Named': {
      const pkg = t.obj.pkg;
      let s = pkg ? `${pkg.name}.${t.obj.name}` : t.obj.name;
      if (t.typeArgs?.length) s += `[${t.typeArgs.map(rtypeName).join(',')}]`;
      return s;
    }
    case 'Pointer':
      return `*${rtypeName(t.elem)}`;
    case 'Slice':
      return `[]${rtypeName(t.elem)}`;
    case 'Array':
      return `[${t.len}]${rtypeName(t.elem)}`;
    case 'Map':
      return `map[${rtypeName(t.key)}]${rtypeName(t.elem)}`;
    case 'Chan': {
      const e = rtypeName(t.elem);
      if (t.dir === 'send') return `chan<- ${e}`;
      if (t.dir === 'recv') return `<-chan ${e}`;
      return `chan ${e}`;
    }
    case 'Signature':
      return `func${sigString(t)}`;
    case 'Struct': {
      if (t.fields.length === 0) return 'struct {}';
      const fs = t.fields.map((f, i) => {
        let s = f.embedded ? rtypeName(f.type) : `${f.name} ${rtypeName(f.type)}`;
        const tag = t.tags[i];
        if (tag) s += ` ${JSON.stringify(tag)}`;
        return s;
      });
      return `struct { ${fs.join('; ')} }`;
    }
    case 'Interface': {
      const ms = (t.allMethods ?? t.methods).map((m) => `${m.name}${sigString(m.type as Signature)}`);
      if (ms.length === 0) return 'interface {}';
      return `interface { ${[...ms].sort().join('; ')} }`;
    }
    case 'Tuple':
      return `(${t.vars.map((v) => rtypeName(v.type)).join(', ')})`;
    default:
      return t.kind;
  }
}

function sigString(s: Signature): string {
  const ps = s.params.vars.map((v, i) => {
    if (s.variadic && i === s.params.vars.length - 1 && v.type.kind === 'Slice') return `...${rtypeName(v.type.elem)}`;
    return rtypeName(v.type);
  });
  let out = `(${ps.join(', ')})`;
  const rs = s.results.vars.map((v) => rtypeName(v.type));
  if (rs.length === 1) out += ` ${rs[0]}`;
  else if (rs.length > 1) out += ` (${rs.join(', ')})`;
  return out;
}
