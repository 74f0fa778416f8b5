// This file implements, for the test interpreter, type names as Go's runtime
// spells them in panic messages (reflect's String): "interface {}",
// "func(int, ...interface {}) (int, error)", "<-chan string", "[]uint8",
// "main.T", "struct { X int }".

import type { Type } from '../types/type.js';
import { BasicKind } from '../types/type.js';
import { typeString } from './typeutil.js';

const canonical: Partial<Record<BasicKind, string>> = { [BasicKind.Uint8]: 'uint8', [BasicKind.Int32]: 'int32' };

function list(ts: readonly Type[], variadic: boolean): string {
  return ts.map((t, i) => (variadic && i === ts.length - 1 && t.kind === 'Slice' ? '...' + runtimeTypeString(t.elem) : runtimeTypeString(t))).join(', ');
}

/** runtimeTypeString spells t as Go's runtime does. */
export function runtimeTypeString(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return canonical[t.basic] ?? (t.basic === BasicKind.UnsafePointer ? 'unsafe.Pointer' : t.name);
    case 'Named': {
      const args = t.typeArgs?.length ? `[${t.typeArgs.map(runtimeTypeString).join(',')}]` : '';
      const pkg = t.obj.pkg ? `${t.obj.pkg.name}.` : '';
      return pkg + t.obj.name + args;
    }
    case 'Pointer':
      return '*' + runtimeTypeString(t.elem);
    case 'Slice':
      return '[]' + runtimeTypeString(t.elem);
    case 'Array':
      return `[${t.len}]` + runtimeTypeString(t.elem);
    case 'Map':
      return `map[${runtimeTypeString(t.key)}]${runtimeTypeString(t.elem)}`;
    case 'Chan':
      return (t.dir === 'recv' ? '<-chan ' : t.dir === 'send' ? 'chan<- ' : 'chan ') + runtimeTypeString(t.elem);
    case 'Signature': {
      const ps = list(t.params.vars.map((v) => v.type), t.variadic);
      const rs = t.results.vars.map((v) => runtimeTypeString(v.type));
      const res = rs.length === 0 ? '' : rs.length === 1 ? ' ' + rs[0] : ` (${rs.join(', ')})`;
      return `func(${ps})${res}`;
    }
    case 'Interface': {
      const ms = t.allMethods ?? t.methods;
      if (ms.length === 0) return 'interface {}';
      return `interface { ${ms.map((m) => m.name + runtimeTypeString(m.type).slice(4)).join('; ')} }`;
    }
    case 'Struct':
      if (t.fields.length === 0) return 'struct {}';
      return `struct { ${t.fields
        .map((f, i) => {
          const tag = t.tags[i] ? ' ' + JSON.stringify(t.tags[i]) : '';
          return (f.embedded ? runtimeTypeString(f.type) : `${f.name} ${runtimeTypeString(f.type)}`) + tag;
        })
        .join('; ')} }`;
    default:
      return typeString(t);
  }
}
